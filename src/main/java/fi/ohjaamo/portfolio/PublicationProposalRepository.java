package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationProposalRepository extends JpaRepository<PublicationProposal, UUID> {

	List<PublicationProposal> findByOrganisationIdOrderByProposedAtAsc(UUID organisationId);

	Optional<PublicationProposal> findByProjectIdAndOrganisationId(UUID projectId, UUID organisationId);

}
