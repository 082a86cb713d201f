package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface PublicationProposalRepository extends Repository<PublicationProposal, UUID> {

	List<PublicationProposal> findByOrganisationIdOrderByProposedAtAsc(UUID organisationId);

	Optional<PublicationProposal> findByProjectIdAndOrganisationId(UUID projectId, UUID organisationId);

	PublicationProposal save(PublicationProposal proposal);

	void delete(PublicationProposal proposal);

}
