package fi.ohjaamo.decisions;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval flow: a proposal is marked assessed by IT management once the analyses the rules require exist, and
 * then approved, rejected or returned by a decision that only a member of the body the rules name may record. Each
 * step moves the card's status through the portfolio, so it shows in the card's kept history; the decision itself,
 * with its body, date, § and diary number, is shown on the card and beside that version ({@link DecisionsOnProjectCard}).
 */
@Service
@Transactional(readOnly = true)
public class Approvals {

	private final DecisionRules rules;

	private final ProjectFiles files;

	private final ProjectDecisionRepository decisions;

	private final Projects projects;

	private final SteeringBodies bodies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Approvals(DecisionRules rules, ProjectFiles files, ProjectDecisionRepository decisions, Projects projects,
			SteeringBodies bodies, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.files = files;
		this.decisions = decisions;
		this.projects = projects;
		this.bodies = bodies;
		this.events = events;
		this.clock = clock;
	}

	public ProjectStanding standing(CurrentUser user, UUID projectId) {
		var project = projects.get(user.organisationId(), projectId);
		var facts = files.factsOf(user.organisationId(), projectId);
		var card = project.card();
		var reading = MatrixReading.of(rules.of(user.organisationId()).stream().map(DecisionRule::definition).toList(),
				new CardFacts(CardCosts.of(card.costs()), Objects.requireNonNull(card.kind(), "a saved card has a kind"),
						facts.isNewInformationSystem(), facts.isPersonalData(), facts.isCrossSector()));
		Set<Analysis> present = EnumSet.noneOf(Analysis.class);
		files.analysesOf(user.organisationId(), projectId).forEach(a -> present.add(a.getKind()));
		if (card.impacts().stream().noneMatch(part -> part.state() == ImpactState.NOT_ASSESSED)) {
			present.add(Analysis.IMPACT_ASSESSMENT);
		}
		Set<Analysis> missing = EnumSet.noneOf(Analysis.class);
		missing.addAll(reading.required());
		missing.removeAll(present);
		SteeringBody body = reading.decidingBodyId() == null ? null
				: bodies.get(user.organisationId(), reading.decidingBodyId());
		return new ProjectStanding(reading, body, missing, DecisionPermissions.mayDecideFor(user, body));
	}

	public List<ProjectDecision> decisionsOn(UUID organisationId, UUID projectId) {
		return decisions.findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(projectId, organisationId);
	}

	public List<ProjectDecision> decisionsOf(UUID organisationId, UUID bodyId) {
		bodies.get(organisationId, bodyId);
		return decisions.findByBodyIdAndOrganisationIdOrderByDecidedOnDescRecordedAtDesc(bodyId, organisationId);
	}

	/**
	 * IT management marks a proposal assessed.
	 * @throws MissingAnalysesException when a required analysis is missing or the body is undetermined
	 * @throws IllegalStateException when the project is not a proposal
	 */
	@Transactional
	public void markAssessed(CurrentUser user, UUID projectId) {
		DecisionPermissions.require(DecisionPermissions.mayMarkAssessed(user), "only IT management marks projects assessed");
		var standing = standing(user, projectId);
		if (!standing.readyForAssessment()) {
			throw new MissingAnalysesException(standing.missing());
		}
		requireStatus(projects.get(user.organisationId(), projectId), Status.PROPOSAL);
		projects.decide(user, projectId, Status.ASSESSED, "");
	}

	/**
	 * Records the decision of the body the rules name, by one of its members.
	 * @throws AccessDeniedException when the person is not a member of that body, or no rule names one
	 * @throws IllegalStateException when the project has not been assessed
	 */
	@Transactional
	public ProjectDecision record(CurrentUser user, UUID projectId, DecisionRecord record) {
		var standing = standing(user, projectId);
		DecisionPermissions.require(DecisionPermissions.mayDecideFor(user, standing.body()),
				"only members of the deciding body record its decision");
		var project = projects.get(user.organisationId(), projectId);
		requireStatus(project, Status.ASSESSED);
		// Only a member of a body may decide, so a body is named once the permission is granted.
		var body = Objects.requireNonNull(standing.body(), "the rules name the deciding body");
		var decided = projects.decide(user, projectId, record.outcome().status(),
				body.getName() + " " + record.minutesSection() + " " + record.diaryNumber());
		var decision = decisions.save(new ProjectDecision(user.organisationId(), projectId, project.getTitle(),
				body.getId(), record, user.personId(), user.displayName(), clock.instant(), decided.getRevision()));
		events.publishEvent(new DecisionEvents.DecisionRecorded(user.organisationId(), projectId, body.getName(),
				record.outcome(), record.minutesSection()));
		return decision;
	}

	private static void requireStatus(Project project, Status expected) {
		if (project.getStatus() != expected) {
			throw new IllegalStateException("the project is " + project.getStatus() + ", not " + expected);
		}
	}

}
