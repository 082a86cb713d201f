package fi.ohjaamo.prioritisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriterionRepository extends JpaRepository<Criterion, UUID> {

	List<Criterion> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	Optional<Criterion> findByIdAndOrganisationId(UUID id, UUID organisationId);

	@Query("select coalesce(max(c.sortOrder), 0) from Criterion c where c.organisationId = ?1")
	int lastSortOrder(UUID organisationId);

}
