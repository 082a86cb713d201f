package fi.ohjaamo.scenario;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectCardRules;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.RevisionReason;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.scenario.AdoptionConflictException.Conflict;
import fi.ohjaamo.shared.web.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopting a scenario writes its changes onto the real cards through the portfolio, each as a new kept revision
 * whose reason names the scenario and the change's own reason:
 * shifted schedules, projects taken out back to ideas (with a schedule note naming the scenario), ideas taken in
 * as proposals. All or nothing: every card is checked first, and one that no longer allows its change stops the
 * whole adoption with the list of such cards.
 */
@Service
public class ScenarioAdoption {

	private final Scenarios scenarios;

	private final ScenarioRepository repository;

	private final Projects projects;

	private final ProjectCardRules rules;

	private final MessageSource messages;

	private final Formats formats;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScenarioAdoption(Scenarios scenarios, ScenarioRepository repository, Projects projects, ProjectCardRules rules,
			MessageSource messages, Formats formats, ApplicationEventPublisher events, Clock clock) {
		this.scenarios = scenarios;
		this.repository = repository;
		this.projects = projects;
		this.rules = rules;
		this.messages = messages;
		this.formats = formats;
		this.events = events;
		this.clock = clock;
	}

	/** @throws AdoptionConflictException when some card no longer allows its change; nothing is written then */
	@Transactional
	public void adopt(CurrentUser user, UUID scenarioId, long seenVersion) {
		var scenario = scenarios.changeable(user, scenarioId, seenVersion);
		var conflicts = new ArrayList<Conflict>();
		var planned = new ArrayList<List<ProjectCard>>();
		for (var change : scenario.getChanges()) {
			var project = projects.get(user.organisationId(), change.projectId());
			var steps = steps(project, change, scenario.getName());
			String problem = problem(user, project, change, steps);
			if (problem != null) {
				conflicts.add(new Conflict(project.getId(), project.getTitle(), project.getStatus(), problem));
			}
			planned.add(steps);
		}
		if (!conflicts.isEmpty()) {
			throw new AdoptionConflictException(conflicts);
		}
		var changes = scenario.getChanges();
		for (int i = 0; i < changes.size(); i++) {
			for (var card : planned.get(i)) {
				var project = projects.get(user.organisationId(), changes.get(i).projectId());
				projects.revise(user, project.getId(), card, project.getRevision(),
						RevisionReason.scenario(scenario.getName(), changes.get(i).reason()));
			}
		}
		scenario.adopt(user.displayName(), clock.instant());
		repository.saveAndFlush(scenario);
		events.publishEvent(new ScenarioEvents.ScenarioAdopted(user.organisationId(), scenarioId, scenario.getName(),
				changes.size()));
	}

	/** Why the card does not take its change now (a message code), or null when it does. */
	private @Nullable String problem(CurrentUser user, Project project, ScenarioChange change,
			List<ProjectCard> steps) {
		if (ScenarioRules.statusProblem(change.kind(), project.getStatus()) != null) {
			return "scenario.adopt.conflict.status";
		}
		if (!projects.mayEdit(user, project)) {
			return "scenario.adopt.conflict.noRight";
		}
		Status current = project.getStatus();
		for (var card : steps) {
			if (!rules.problems(user.organisationId(), card, current).isEmpty()) {
				return "scenario.adopt.conflict.card";
			}
			current = card.status();
		}
		return null;
	}

	/**
	 * The cards to save in order. An assessed project goes back to an idea through a proposal, since a status moves
	 * one step at a time; each step is a revision of its own.
	 */
	private List<ProjectCard> steps(Project project, ScenarioChange change, String scenarioName) {
		var card = project.card();
		return switch (change.kind()) {
			case SHIFT -> List.of(card.withSchedule(change.newStart(), change.newEnd(), card.scheduleNote()));
			case IN -> {
				var proposal = card.withStatus(Status.PROPOSAL);
				yield List.of(change.movesSchedule()
						? proposal.withSchedule(change.newStart(), change.newEnd(), card.scheduleNote()) : proposal);
			}
			case OUT -> {
				var idea = card.withSchedule(card.scheduleStart(), card.scheduleEnd(), noted(card, scenarioName))
					.withStatus(Status.IDEA);
				yield project.getStatus() == Status.ASSESSED ? List.of(card.withStatus(Status.PROPOSAL), idea)
						: List.of(idea);
			}
		};
	}

	private String noted(ProjectCard card, String scenarioName) {
		String note = messages.getMessage("scenario.adopt.takenOutNote",
				new Object[] { scenarioName, formats.date(clock.instant()) }, LocaleContextHolder.getLocale());
		String all = card.scheduleNote().isEmpty() ? note : card.scheduleNote() + " " + note;
		return all.length() > ProjectCard.SHORT_TEXT ? all.substring(0, ProjectCard.SHORT_TEXT) : all;
	}

}
