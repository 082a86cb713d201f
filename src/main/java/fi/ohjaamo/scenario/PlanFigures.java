package fi.ohjaamo.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.PlannedWork;
import fi.ohjaamo.portfolio.CostAmount;
import fi.ohjaamo.portfolio.PortfolioPlans;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity and costs per year of the current plan and of scenarios, in columns side by side. The plan and the cost
 * lines are read once however many scenarios are compared; each scenario is then its changes applied in memory.
 */
@Service
@Transactional(readOnly = true)
public class PlanFigures {

	private final Capacities capacities;

	private final PortfolioPlans plans;

	private final Projects projects;

	PlanFigures(Capacities capacities, PortfolioPlans plans, Projects projects) {
		this.capacities = capacities;
		this.plans = plans;
		this.projects = projects;
	}

	/** The current plan first, then each scenario in the order given. */
	public List<PlanColumn> columns(UUID organisationId, List<Scenario> scenarios) {
		var plan = capacities.currentPlan(organisationId);
		Set<UUID> planIds = plan.stream().map(PlannedWork::projectId).collect(Collectors.toSet());
		var statuses = new HashSet<Status>(ScenarioRules.PLAN);
		statuses.add(Status.IDEA);
		var lines = plans.costLines(organisationId, statuses);
		var ideas = ideas(organisationId, scenarios, planIds);

		var works = new ArrayList<List<PlannedWork>>();
		var costs = new ArrayList<List<CostAmount>>();
		works.add(plan);
		costs.add(planIds.stream().flatMap(id -> lines.getOrDefault(id, List.of()).stream()).toList());
		for (var scenario : scenarios) {
			works.add(ScenarioPlan.work(plan, scenario.getChanges(), ideas));
			costs.add(ScenarioPlan.costs(planIds, scenario.getChanges(), ideas.keySet(), lines));
		}
		var totals = plans.costsPerYear(costs);
		var columns = new ArrayList<PlanColumn>();
		for (int i = 0; i < works.size(); i++) {
			columns.add(new PlanColumn(i == 0 ? null : scenarios.get(i - 1), works.get(i).size(),
					capacities.outlook(organisationId, works.get(i)), totals.get(i)));
		}
		return columns;
	}

	/** The work of the ideas the scenarios take in that are still ideas outside the plan. */
	private Map<UUID, PlannedWork> ideas(UUID organisationId, List<Scenario> scenarios, Set<UUID> planIds) {
		var ideas = new HashMap<UUID, PlannedWork>();
		scenarios.stream()
			.flatMap(s -> s.getChanges().stream())
			.filter(c -> c.kind() == ChangeKind.IN && !planIds.contains(c.projectId()))
			.map(ScenarioChange::projectId)
			.distinct()
			.forEach(id -> {
				var project = projects.get(organisationId, id);
				if (project.getStatus() == Status.IDEA) {
					var card = project.card();
					ideas.put(id, new PlannedWork(id, project.getTitle(), point(card.scheduleStart()),
							point(card.scheduleEnd()), card.resources()));
				}
			});
		return ideas;
	}

	private static @Nullable SchedulePoint point(String text) {
		return SchedulePoint.parse(text).orElse(null);
	}

}
