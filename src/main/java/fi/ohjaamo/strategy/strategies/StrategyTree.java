package fi.ohjaamo.strategy.strategies;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.strategy.ActionRow;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.GoalProject;
import fi.ohjaamo.strategy.GoalProjects;
import fi.ohjaamo.strategy.indicators.Indicator;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.goals.StrategicGoal;
import fi.ohjaamo.strategy.goals.GoalPages;
import fi.ohjaamo.strategy.goals.GoalSummary;
import fi.ohjaamo.strategy.goals.StrategicGoalRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A strategy as a tree for reading: its focus areas, the goals under each, and each goal's actions and the projects
 * serving it. Three queries and one call to the portfolio, whatever the size of the strategy.
 */
@Component
class StrategyTree {

	/**
	 * A focus area with its goals. with the focus area's own indicators beside them.
	 */
	record Branch(@Nullable FocusArea area, List<Indicator> indicators, List<GoalSummary> goals) {
	}

	private final FocusAreas areas;

	private final StrategicGoalRepository goals;

	private final Actions actions;

	private final GoalProjects projects;

	private final Indicators indicators;

	StrategyTree(FocusAreas areas, StrategicGoalRepository goals, Actions actions,
			ObjectProvider<GoalProjects> projects, Indicators indicators) {
		this.indicators = indicators;
		this.areas = areas;
		this.goals = goals;
		this.actions = actions;
		this.projects = GoalPages.noProjectsWithoutPortfolio(projects);
	}

	/** The strategy's focus areas in order, each with its goals. */
	@Transactional(readOnly = true)
	List<Branch> of(UUID organisationId, UUID strategyId) {
		var all = goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId);
		var summaries = summaries(organisationId, all);
		return areas.of(organisationId, strategyId)
			.stream()
			.map(a -> new Branch(a, indicators.ofFocusArea(organisationId, a.getId()),
					summaries.stream().filter(s -> a.getId().equals(s.goal().getFocusAreaId())).toList()))
			.toList();
	}

	/** The goals placed under no focus area at all, so that the overview does not silently leave them out. */
	@Transactional(readOnly = true)
	Branch unplaced(UUID organisationId) {
		var all = goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
			.stream()
			.filter(g -> g.getFocusAreaId() == null)
			.toList();
		return new Branch(null, List.of(), all.isEmpty() ? List.of() : summaries(organisationId, all));
	}

	private List<GoalSummary> summaries(UUID organisationId, List<StrategicGoal> list) {
		Map<UUID, List<ActionRow>> actionsByGoal = actions.rows(organisationId, null, null, null)
			.stream()
			.collect(Collectors.groupingBy(ActionRow::goalId));
		Map<UUID, List<GoalProject>> projectsByGoal = projects.of(organisationId, null)
			.stream()
			.collect(Collectors.groupingBy(GoalProject::goalId));
		return list.stream()
			.map(g -> new GoalSummary(g, actionsByGoal.getOrDefault(g.getId(), List.of()),
					projectsByGoal.getOrDefault(g.getId(), List.of())))
			.toList();
	}

}
