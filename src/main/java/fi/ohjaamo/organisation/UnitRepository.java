package fi.ohjaamo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UnitRepository extends Repository<Unit, UUID> {

	List<Unit> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	@Query("select u.id from Unit u where u.organisationId = :organisationId and u.id in :unitIds")
	Set<UUID> findIdsIn(UUID organisationId, Collection<UUID> unitIds);

	Unit save(Unit unit);

}
