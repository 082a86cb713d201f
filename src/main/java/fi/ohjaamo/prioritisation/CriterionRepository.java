package fi.ohjaamo.prioritisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CriterionRepository extends Repository<Criterion, UUID> {

	List<Criterion> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	Optional<Criterion> findByIdAndOrganisationId(UUID id, UUID organisationId);

	@Query("select coalesce(max(c.sortOrder), 0) from Criterion c where c.organisationId = ?1")
	int lastSortOrder(UUID organisationId);

	Criterion save(Criterion criterion);

	Criterion saveAndFlush(Criterion criterion);

	List<Criterion> saveAllAndFlush(Iterable<Criterion> criteria);

}
