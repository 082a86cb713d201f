package fi.ohjaamo.strategy.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.strategies.FocusArea;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.GoalProject;
import fi.ohjaamo.strategy.GoalProjects;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.YearCosts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a goal's page: the goal in its strategy, its actions, indicators and the projects serving it. */
@Component
@Transactional(readOnly = true)
public class GoalPages {

	private final StrategicGoals goals;

	private final FocusAreas focusAreas;

	private final Strategies strategies;

	private final CityGoals cityGoals;

	private final Actions actions;

	private final Indicators indicators;

	private final GoalProjects projects;

	private final Clock clock;

	GoalPages(StrategicGoals goals, FocusAreas focusAreas, Strategies strategies, CityGoals cityGoals,
			Actions actions, Indicators indicators, ObjectProvider<GoalProjects> projects, Clock clock) {
		this.goals = goals;
		this.focusAreas = focusAreas;
		this.strategies = strategies;
		this.cityGoals = cityGoals;
		this.actions = actions;
		this.indicators = indicators;
		this.projects = noProjectsWithoutPortfolio(projects);
		this.clock = clock;
	}

	/** The goal's page; a goal of another organisation is as unknown as one never created. */
	GoalPage of(UUID organisationId, UUID goalId) {
		var goal = goals.get(organisationId, goalId);
		var area = focusAreaOf(organisationId, goal);
		var strategy = area == null ? null : strategies.get(organisationId, area.getStrategyId());
		var serving = projects.of(organisationId, goalId);
		var summary = new GoalSummary(goal, actions.rows(organisationId, goalId, null, null), serving);
		var served = cityGoals.of(organisationId).stream().filter(c -> goal.getCityGoalIds().contains(c.getId())).toList();
		LocalDate today = LocalDate.now(clock);
		// Indicators belong to goals today; indicators of a focus area will be shown on the overview, not here.
		var measured = indicators.of(organisationId)
			.stream()
			.filter(i -> goalId.equals(i.getGoalId()))
			.map(i -> IndicatorGlance.of(i, today))
			.toList();
		return new GoalPage(summary, area, strategy, served, measured, perYear(serving), today.getYear());
	}

	/** The goal's focus area; a goal whose focus area has since been removed reads as one under none. */
	private @Nullable FocusArea focusAreaOf(UUID organisationId, StrategicGoal goal) {
		UUID id = goal.getFocusAreaId();
		if (id == null) {
			return null;
		}
		try {
			return focusAreas.get(organisationId, id);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private static List<YearCosts> perYear(List<GoalProject> serving) {
		Map<Integer, YearCosts> sums = new TreeMap<>();
		serving.forEach(p -> p.years().forEach(y -> sums.merge(y.year(), y, YearCosts::plus)));
		return List.copyOf(sums.values());
	}

	/**
	 * The portfolio implements {@link GoalProjects}; a test of the strategy module alone starts without it, and then
	 * no goal has projects.
	 */
	public static GoalProjects noProjectsWithoutPortfolio(ObjectProvider<GoalProjects> projects) {
		return projects.getIfAvailable(() -> (organisationId, goalId) -> List.of());
	}

}
