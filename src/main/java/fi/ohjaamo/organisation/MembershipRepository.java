package fi.ohjaamo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

	List<Membership> findByPersonId(UUID personId);

	List<Membership> findByOrganisationId(UUID organisationId);

	@Query("select distinct m.personId from Membership m where m.organisationId = :organisationId and m.personId in :personIds")
	Set<UUID> findPersonIdsIn(UUID organisationId, Collection<UUID> personIds);

}
