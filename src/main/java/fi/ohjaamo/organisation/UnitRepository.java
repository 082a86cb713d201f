package fi.ohjaamo.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, UUID> {

	List<Unit> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

}
