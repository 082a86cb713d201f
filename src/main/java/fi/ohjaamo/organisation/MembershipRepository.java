package fi.ohjaamo.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

	List<Membership> findByPersonId(UUID personId);

	List<Membership> findByOrganisationId(UUID organisationId);

}
