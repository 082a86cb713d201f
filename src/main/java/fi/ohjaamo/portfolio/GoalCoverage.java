package fi.ohjaamo.portfolio;

import java.util.List;

import fi.ohjaamo.portfolio.PortfolioRow.CostSum;
import fi.ohjaamo.strategy.GoalView;

/**
 * How the portfolio covers the strategy: per goal, the projects serving it (cancelled ones left out) and
 * their costs without VAT; and how many projects serve no goal.
 * @param lifecycleUpdates projects marked as lifecycle updates that serve no goal by design
 * @param withoutGoal projects that name no goal and are not lifecycle updates
 */
public record GoalCoverage(List<Goal> goals, int lifecycleUpdates, int withoutGoal) {

	/** One goal's share of the portfolio; recurring costs are per year, summed over the projects. */
	public record Goal(GoalView goal, int projects, CostSum oneOff, CostSum recurring) {

		public boolean uncovered() {
			return projects == 0;
		}

	}

	public long uncoveredGoals() {
		return goals.stream().filter(Goal::uncovered).count();
	}

}
