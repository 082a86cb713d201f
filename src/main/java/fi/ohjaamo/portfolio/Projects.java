package fi.ohjaamo.portfolio;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The portfolio module's API for project cards: read within one organisation, create, revise, history. */
@Service
@Transactional(readOnly = true)
public class Projects {

	private final ProjectRepository projects;

	private final ProjectRevisionRepository revisions;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProjectCardRules rules;

	private final PublicationProposals proposals;

	Projects(ProjectRepository projects, ProjectRevisionRepository revisions, JsonMapper json,
			ApplicationEventPublisher events, Clock clock, ProjectCardRules rules, PublicationProposals proposals) {
		this.proposals = proposals;
		this.projects = projects;
		this.revisions = revisions;
		this.json = json;
		this.events = events;
		this.clock = clock;
		this.rules = rules;
	}

	/** A project of the organisation; one of another organisation is as unknown as one never created. */
	public Project get(UUID organisationId, UUID projectId) {
		return projects.findByIdAndOrganisationId(projectId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** The organisation's projects whose cards are marked public, for the publication module to filter further. */
	public List<Project> markedPublic(UUID organisationId) {
		return projects.findByOrganisationIdAndVisibility(organisationId, Visibility.PUBLIC);
	}

	/** Whether the person may start a card at all; which service area it may name is checked when it is saved. */
	public boolean mayCreate(CurrentUser user) {
		return ProjectPermissions.mayCreate(user);
	}

	/** Refuses someone who may start no card, before a form is shown or read. */
	public void requireCreator(CurrentUser user) {
		if (!ProjectPermissions.mayCreate(user)) {
			throw new AccessDeniedException("may not create projects");
		}
	}

	public boolean mayEdit(CurrentUser user, Project project) {
		return ProjectPermissions.mayEdit(user, project);
	}

	/** Whether the person may make a card public; anyone else who marks a card public only proposes it. */
	public boolean mayPublish(CurrentUser user) {
		return ProjectPermissions.mayPublish(user);
	}

	@Transactional
	public Project create(CurrentUser user, ProjectCard card) {
		requireCreator(user);
		if (!ProjectPermissions.mayWrite(user, card)) {
			throw new AccessDeniedException("may not create projects in this service area");
		}
		boolean proposes = proposesPublication(user, card, Visibility.INTERNAL);
		var content = (proposes ? card.withVisibility(Visibility.INTERNAL) : card).withoutEmptyLines();
		requireValid(user.organisationId(), content, null);
		var project = projects.save(Project.create(user.organisationId(), content, clock.instant()));
		keep(project, user);
		events.publishEvent(new ProjectEvents.ProjectCreated(project.getOrganisationId(), project.getId(),
				project.getTitle()));
		if (proposes) {
			proposals.propose(user, project);
		}
		return project;
	}

	/**
	 * Saves a person's edit of the revision they started from. Someone who may not publish cannot make the card
	 * public: it keeps its visibility and the wish is recorded as a proposal for IT management.
	 * @throws EditConflictException when another save came first; nothing is written then
	 */
	@Transactional
	public Project revise(CurrentUser user, UUID projectId, ProjectCard card, int basedOnRevision) {
		return revise(user, projectId, card, basedOnRevision, null);
	}

	/**
	 * Saves a change another record causes (an adopted scenario) as the person's edit, and keeps the reason with the
	 * version, so the card's history says what changed it.
	 * @throws EditConflictException when another save came first; nothing is written then
	 */
	@Transactional
	public Project revise(CurrentUser user, UUID projectId, ProjectCard card, int basedOnRevision,
			@Nullable RevisionReason reason) {
		var project = get(user.organisationId(), projectId);
		boolean keepsServiceArea = Objects.equals(project.getServiceAreaId(), card.serviceAreaId());
		if (!ProjectPermissions.mayEdit(user, project) || !(keepsServiceArea || ProjectPermissions.mayWrite(user, card))) {
			throw new AccessDeniedException("may not edit this project");
		}
		var visibility = project.getVisibility();
		boolean proposes = proposesPublication(user, card, visibility);
		var content = (proposes ? card.withVisibility(visibility) : card).withoutEmptyLines();
		requireValid(user.organisationId(), content, project.getStatus());
		project.revise(content, basedOnRevision, clock.instant());
		projects.saveAndFlush(project);
		keep(project, user, reason);
		events.publishEvent(new ProjectEvents.ProjectRevised(project.getOrganisationId(), project.getId(),
				project.getTitle(), project.getRevision()));
		if (proposes) {
			proposals.propose(user, project);
		}
		else if (content.visibility() == Visibility.PUBLIC) {
			proposals.settled(project);
		}
		return project;
	}

	/**
	 * IT management makes the card public, as a new kept revision in which only the visibility changes; an open
	 * proposal to publish it is settled.
	 */
	@Transactional
	public Project publish(CurrentUser user, UUID projectId) {
		if (!ProjectPermissions.mayPublish(user)) {
			throw new AccessDeniedException("may not publish projects");
		}
		var project = get(user.organisationId(), projectId);
		if (project.card().visibility() != Visibility.PUBLIC) {
			project.revise(project.card().withVisibility(Visibility.PUBLIC), project.getRevision(), clock.instant());
			projects.saveAndFlush(project);
			keep(project, user);
			events.publishEvent(new ProjectEvents.ProjectRevised(project.getOrganisationId(), project.getId(),
					project.getTitle(), project.getRevision()));
		}
		proposals.settled(project);
		return project;
	}

	/**
	 * Moves the card to the status a recorded decision or assessment sets, as a new kept revision by the person
	 * who recorded it. Only the status changes. The caller has already checked that this person may decide; the
	 * card page's own form cannot set {@link StatusDecisions#isDecided decided} statuses where decisions are kept.
	 * @throws IllegalStateException when the card's status cannot move to the target
	 */
	@Transactional
	public Project decide(CurrentUser user, UUID projectId, Status target, String note) {
		var project = get(user.organisationId(), projectId);
		if (!project.getStatus().canMoveTo(target)) {
			throw new IllegalStateException("status " + project.getStatus() + " cannot move to " + target);
		}
		project.revise(project.card().withStatus(target), project.getRevision(), clock.instant());
		projects.saveAndFlush(project);
		keep(project, user);
		events.publishEvent(new ProjectEvents.ProjectStatusDecided(project.getOrganisationId(), project.getId(),
				project.getTitle(), target, note));
		return project;
	}

	public List<Revision> history(UUID organisationId, UUID projectId) {
		return revisions.findByProjectIdAndOrganisationIdOrderByRevisionDesc(projectId, organisationId)
			.stream()
			.map(this::toRevision)
			.toList();
	}

	public Revision latest(UUID organisationId, UUID projectId) {
		return revisions.findFirstByProjectIdAndOrganisationIdOrderByRevisionDesc(projectId, organisationId)
			.map(this::toRevision)
			.orElseThrow(NotFoundException::new);
	}

	public Revision revision(UUID organisationId, UUID projectId, int revision) {
		return revisions.findByProjectIdAndOrganisationIdAndRevision(projectId, organisationId, revision)
			.map(this::toRevision)
			.orElseThrow(NotFoundException::new);
	}

	/** Records that a card or a view of the portfolio left the application. */
	@Transactional
	public void exported(UUID organisationId, String format, String what, int count) {
		events.publishEvent(new ProjectEvents.ProjectsExported(organisationId, format, what, count));
	}

	/** A person who may not publish asks to make an unpublished card public: that is only a proposal. */
	private static boolean proposesPublication(CurrentUser user, ProjectCard card, Visibility current) {
		return card.visibility() == Visibility.PUBLIC && current != Visibility.PUBLIC
				&& !ProjectPermissions.mayPublish(user);
	}

	/** The form shows these problems next to the fields; anyone else saving a broken card is a programming error. */
	private void requireValid(UUID organisationId, ProjectCard card, @Nullable Status current) {
		if (card.status() != null && !rules.mayChooseOnForm(organisationId, card.status(), current)) {
			throw new IllegalArgumentException("only a recorded decision sets the status " + card.status());
		}
		var problems = rules.problems(organisationId, card, current);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("the card breaks the rules: " + problems);
		}
	}

	private void keep(Project project, CurrentUser author) {
		keep(project, author, null);
	}

	private void keep(Project project, CurrentUser author, @Nullable RevisionReason reason) {
		revisions.save(new ProjectRevision(project, author.personId(), author.displayName(),
				CardSnapshot.of(project.card()).write(json), reason));
	}

	private Revision toRevision(ProjectRevision stored) {
		return new Revision(stored.getRevision(), stored.getCreatedAt(), stored.getAuthorId(), stored.getAuthorName(),
				CardSnapshot.read(json, stored.getContent()), stored.getReason());
	}

}
