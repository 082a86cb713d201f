package fi.ohjaamo.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals to publish cards. A project manager or a service area's editor who marks a card public only proposes it;
 * IT management sees the proposals and publishes the card ({@link Projects#publish}) or declines (ADR 0013).
 */
@Service
@Transactional(readOnly = true)
public class PublicationProposals {

	/** A card proposed for publication, who proposed it and when. */
	public record Proposal(UUID projectId, String number, String title, String proposedBy, Instant proposedAt) {
	}

	private final PublicationProposalRepository proposals;

	private final ProjectRepository projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationProposals(PublicationProposalRepository proposals, ProjectRepository projects,
			ApplicationEventPublisher events, Clock clock) {
		this.proposals = proposals;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
	}

	/** The open proposal for the card, if any. */
	public Optional<Proposal> of(UUID organisationId, UUID projectId) {
		return proposals.findByProjectIdAndOrganisationId(projectId, organisationId).flatMap(this::view);
	}

	/** The organisation's open proposals, the oldest first. */
	public List<Proposal> pending(UUID organisationId) {
		return proposals.findByOrganisationIdOrderByProposedAtAsc(organisationId)
			.stream()
			.map(this::view)
			.flatMap(Optional::stream)
			.toList();
	}

	/** IT management decides not to publish the card now; the card stays as it is and the proposal goes. */
	@Transactional
	public void decline(CurrentUser user, UUID projectId) {
		if (!ProjectPermissions.mayPublish(user)) {
			throw new AccessDeniedException("may not decide on publication");
		}
		var proposal = proposals.findByProjectIdAndOrganisationId(projectId, user.organisationId());
		proposal.ifPresent(p -> {
			proposals.delete(p);
			projects.findByIdAndOrganisationId(projectId, user.organisationId())
				.ifPresent(project -> events.publishEvent(new ProjectEvents.PublicationDeclined(
						project.getOrganisationId(), project.getId(), project.getTitle())));
		});
	}

	/** Records the person's wish to publish the card, replacing an earlier proposal of it. */
	void propose(CurrentUser user, Project project) {
		proposals.save(new PublicationProposal(project.getId(), project.getOrganisationId(), user.personId(),
				user.displayName(), clock.instant()));
		events.publishEvent(new ProjectEvents.PublicationProposed(project.getOrganisationId(), project.getId(),
				project.getTitle()));
	}

	/** The card is public now, so nothing is left to decide. */
	void settled(Project project) {
		proposals.findByProjectIdAndOrganisationId(project.getId(), project.getOrganisationId())
			.ifPresent(proposals::delete);
	}

	private Optional<Proposal> view(PublicationProposal proposal) {
		return projects.findByIdAndOrganisationId(proposal.getProjectId(), proposal.getOrganisationId())
			.map(project -> new Proposal(project.getId(), project.card().number(), project.getTitle(),
					proposal.getProposedByName(), proposal.getProposedAt()));
	}

}
