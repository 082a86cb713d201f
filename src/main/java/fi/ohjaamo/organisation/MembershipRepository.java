package fi.ohjaamo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MembershipRepository extends Repository<Membership, UUID> {

	/** The person's roles in every organisation, for choosing the organisation to work in after signing in. */
	List<Membership> findAcrossOrganisationsByPersonId(UUID personId);

	List<Membership> findByOrganisationId(UUID organisationId);

	@Query("select distinct m.personId from Membership m where m.organisationId = :organisationId and m.personId in :personIds")
	Set<UUID> findPersonIdsIn(UUID organisationId, Collection<UUID> personIds);

	Membership save(Membership membership);

}
