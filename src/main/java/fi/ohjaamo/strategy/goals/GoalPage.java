package fi.ohjaamo.strategy.goals;

import java.util.List;

import fi.ohjaamo.strategy.CostRange;
import fi.ohjaamo.strategy.strategies.FocusArea;
import fi.ohjaamo.strategy.GoalProject;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.YearCosts;
import org.jspecify.annotations.Nullable;

/**
 * Everything the goal page shows: where the goal sits in the strategy, what is done about it and how it is measured.
 * @param years the projects' costs summed per year, without VAT
 * @param thisYear the year whose indicator targets are shown
 */
public record GoalPage(GoalSummary summary, @Nullable FocusArea focusArea, @Nullable Strategy strategy,
		List<CityGoal> cityGoals, List<IndicatorGlance> indicators, List<YearCosts> years, int thisYear) {

	public StrategicGoal goal() {
		return summary.goal();
	}

	public CostRange oneOff() {
		return summary.projects().stream().map(GoalProject::oneOff).reduce(CostRange.NONE, CostRange::plus);
	}

	public CostRange recurring() {
		return summary.projects().stream().map(GoalProject::recurring).reduce(CostRange.NONE, CostRange::plus);
	}

	/** All the years' costs together, one-off and recurring. */
	public YearCosts allYears() {
		return years.stream().reduce(new YearCosts(0, CostRange.NONE, CostRange.NONE), YearCosts::plus);
	}

}
