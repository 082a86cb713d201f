package fi.ohjaamo.portfolio;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An editor's proposal to make a card public, waiting for IT management's decision. The card itself stays as it was;
 * one proposal per project, the latest proposer's.
 */
@Entity
@Table(name = "publication_proposal")
class PublicationProposal {

	@Id
	private UUID projectId;

	private UUID organisationId;

	private UUID proposedById;

	private String proposedByName;

	private Instant proposedAt;

	protected PublicationProposal() {
		this.projectId = new UUID(0, 0);
		this.organisationId = new UUID(0, 0);
		this.proposedById = new UUID(0, 0);
		this.proposedByName = "";
		this.proposedAt = Instant.EPOCH;
	}

	PublicationProposal(UUID projectId, UUID organisationId, UUID proposedById, String proposedByName,
			Instant proposedAt) {
		this.projectId = projectId;
		this.organisationId = organisationId;
		this.proposedById = proposedById;
		this.proposedByName = proposedByName.length() > 200 ? proposedByName.substring(0, 200) : proposedByName;
		this.proposedAt = proposedAt;
	}

	UUID getProjectId() {
		return projectId;
	}

	UUID getOrganisationId() {
		return organisationId;
	}

	String getProposedByName() {
		return proposedByName;
	}

	Instant getProposedAt() {
		return proposedAt;
	}

}
