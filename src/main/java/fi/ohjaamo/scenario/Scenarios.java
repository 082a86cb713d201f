package fi.ohjaamo.scenario;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenario module's API: scenarios of one organisation, which everyone reads and IT management makes and
 * changes. Every change names the version the person saw, so a stale save changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Scenarios {

	private final ScenarioRepository scenarios;

	private final Projects projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Scenarios(ScenarioRepository scenarios, Projects projects, ApplicationEventPublisher events, Clock clock) {
		this.scenarios = scenarios;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
	}

	/** The organisation's scenarios, the latest changed first. */
	public List<Scenario> of(UUID organisationId) {
		return scenarios.findByOrganisationIdOrderByUpdatedAtDesc(organisationId);
	}

	/** A scenario of the organisation; one of another organisation is as unknown as one never made. */
	public Scenario get(UUID organisationId, UUID scenarioId) {
		return scenarios.findByIdAndOrganisationId(scenarioId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Planning scenarios is IT management's work, as is adopting one onto the cards. */
	public static boolean mayPlan(CurrentUser user) {
		return user.ownsPortfolio();
	}

	@Transactional
	public Scenario create(CurrentUser user, String name, String description) {
		requirePlanner(user);
		var scenario = scenarios.save(new Scenario(user.organisationId(), name.strip(), description.strip(),
				user.personId(), user.displayName(), clock.instant()));
		events.publishEvent(new ScenarioEvents.ScenarioCreated(user.organisationId(), scenario.getId(), scenario.getName()));
		return scenario;
	}

	@Transactional
	public void describe(CurrentUser user, UUID scenarioId, String name, String description, long seenVersion) {
		var scenario = changeable(user, scenarioId, seenVersion);
		scenario.describe(name.strip(), description.strip(), clock.instant());
		scenarios.saveAndFlush(scenario);
		events.publishEvent(new ScenarioEvents.ScenarioDescribed(user.organisationId(), scenarioId, scenario.getName()));
	}

	/**
	 * Records a change of one project, replacing an earlier change of it.
	 * @throws IllegalArgumentException when the project's status or the schedule does not allow the change; the form
	 * shows these problems next to its fields before it gets here
	 */
	@Transactional
	public void change(CurrentUser user, UUID scenarioId, ChangeRequest request, long seenVersion) {
		var scenario = changeable(user, scenarioId, seenVersion);
		var project = projects.get(user.organisationId(), request.projectId());
		var card = project.card();
		if (ScenarioRules.statusProblem(request.kind(), project.getStatus()) != null
				|| !ScenarioRules.scheduleProblems(request.kind(), request.newStart(), request.newEnd()).isEmpty()) {
			throw new IllegalArgumentException("the project does not allow this change");
		}
		var change = new ScenarioChange(project.getId(), request.kind(), project.getTitle(), project.getStatus(),
				card.scheduleStart(), card.scheduleEnd(), request.kind() == ChangeKind.OUT ? "" : request.newStart(),
				request.kind() == ChangeKind.OUT ? "" : request.newEnd(), request.reason());
		scenario.record(change, clock.instant());
		scenarios.saveAndFlush(scenario);
		events.publishEvent(new ScenarioEvents.ScenarioChanged(user.organisationId(), scenarioId, scenario.getName(),
				request.kind() + " " + project.getTitle()));
	}

	@Transactional
	public void undo(CurrentUser user, UUID scenarioId, UUID projectId, long seenVersion) {
		var scenario = changeable(user, scenarioId, seenVersion);
		var change = scenario.changeOf(projectId).orElseThrow(NotFoundException::new);
		scenario.undo(projectId, clock.instant());
		scenarios.saveAndFlush(scenario);
		events.publishEvent(new ScenarioEvents.ScenarioChanged(user.organisationId(), scenarioId, scenario.getName(),
				"undo " + change.kind() + " " + change.projectTitle()));
	}

	@Transactional
	public void discard(CurrentUser user, UUID scenarioId, long seenVersion) {
		var scenario = changeable(user, scenarioId, seenVersion);
		scenario.discard(user.displayName(), clock.instant());
		scenarios.saveAndFlush(scenario);
		events.publishEvent(new ScenarioEvents.ScenarioDiscarded(user.organisationId(), scenarioId, scenario.getName()));
	}

	/** A draft the person may change, as they saw it. */
	Scenario changeable(CurrentUser user, UUID scenarioId, long seenVersion) {
		requirePlanner(user);
		var scenario = get(user.organisationId(), scenarioId);
		if (!scenario.isDraft()) {
			throw new ScenarioClosedException();
		}
		if (scenario.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the scenario");
		}
		return scenario;
	}

	static void requirePlanner(CurrentUser user) {
		if (!mayPlan(user)) {
			throw new AccessDeniedException("only IT management plans scenarios");
		}
	}

	/** A change a person asks for: which project, what to do, the new schedule if any, and why. */
	public record ChangeRequest(UUID projectId, ChangeKind kind, String newStart, String newEnd, String reason) {
	}

}
