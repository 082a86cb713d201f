package fi.ohjaamo.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.PortfolioPlans;
import fi.ohjaamo.portfolio.PortfolioPlans.PlannedProject;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.scenario.ChangeKind;
import fi.ohjaamo.scenario.Scenarios;
import fi.ohjaamo.shared.SchedulePoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two scenarios for the generated city, so that the comparison is measured at full size: one shifts every tenth
 * planned project a year later, the other takes every twentieth proposal out and every tenth idea in. Runs once,
 * when the city has no scenarios yet.
 */
final class DatasetScenarios {

	private static final Logger log = LoggerFactory.getLogger(DatasetScenarios.class);

	private final Organisations organisations;

	private final PortfolioPlans plans;

	private final Scenarios scenarios;

	private final TransactionTemplate transaction;

	DatasetScenarios(Organisations organisations, PortfolioPlans plans, Scenarios scenarios,
			PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.plans = plans;
		this.scenarios = scenarios;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	void generate(UUID organisationId) {
		if (!scenarios.of(organisationId).isEmpty()) {
			return;
		}
		var planner = planner(organisationId);
		var planned = plans.projects(organisationId,
				EnumSet.of(Status.PROPOSAL, Status.ASSESSED, Status.APPROVED, Status.IN_PROGRESS));
		var ideas = plans.projects(organisationId, EnumSet.of(Status.IDEA));
		transaction.executeWithoutResult(status -> {
			var later = scenarios.create(planner, "Vuoden siirto", "Joka kymmenes hanke vuotta myöhemmin.");
			for (int i = 0; i < planned.size(); i += 10) {
				shift(planner, later.getId(), planned.get(i));
			}
			var swap = scenarios.create(planner, "Ideat mukaan", "Ehdotuksia pois, ideoita mukaan.");
			var proposals = planned.stream().filter(p -> p.status() == Status.PROPOSAL).toList();
			for (int i = 0; i < proposals.size(); i += 20) {
				change(planner, swap.getId(), proposals.get(i).id(), ChangeKind.OUT, "", "");
			}
			for (int i = 0; i < ideas.size(); i += 10) {
				change(planner, swap.getId(), ideas.get(i).id(), ChangeKind.IN, "", "");
			}
		});
		log.info("Made two scenarios of {} planned projects and {} ideas", planned.size(), ideas.size());
	}

	private void shift(CurrentUser planner, UUID scenarioId, PlannedProject project) {
		var start = SchedulePoint.parse(project.scheduleStart());
		var end = SchedulePoint.parse(project.scheduleEnd());
		if (start.isPresent() && end.isPresent() && start.get().canBeFollowedBy(end.get())) {
			change(planner, scenarioId, project.id(), ChangeKind.SHIFT, yearLater(start.get()), yearLater(end.get()));
		}
	}

	private void change(CurrentUser planner, UUID scenarioId, UUID projectId, ChangeKind kind, String start,
			String end) {
		long version = scenarios.get(planner.organisationId(), scenarioId).getVersion();
		scenarios.change(planner, scenarioId, new Scenarios.ChangeRequest(projectId, kind, start, end, ""), version);
	}

	private static String yearLater(SchedulePoint point) {
		return new SchedulePoint(point.precision(), Math.min(point.year() + 1, SchedulePoint.MAX_YEAR), point.part())
			.toString();
	}

	private CurrentUser planner(UUID organisationId) {
		var organisation = organisations.find(organisationId).orElseThrow();
		var person = transaction.execute(status -> {
			var added = organisations.addPerson("Suunnittelija Skenaario", null);
			organisations.grant(added.getId(), organisationId, Role.IT_MANAGEMENT, null);
			return added;
		});
		return new CurrentUser(person.getId(), person.getDisplayName(), organisationId, organisation.getName(),
				EnumSet.of(Role.IT_MANAGEMENT), Set.of(), List.of());
	}

}
