package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.strategy.CostRange;
import fi.ohjaamo.strategy.GoalProject;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.YearCosts;

/**
 * How the portfolio and the actions cover the strategy: per goal, the projects serving it (cancelled ones left
 * out), its actions and the projects' costs without VAT, in total and per year; and the projects serving no goal.
 * @param years the years of the cost table, the same for every goal
 * @param lifecycleUpdates projects marked as lifecycle updates that serve no goal by design
 * @param withoutGoal projects that name no goal and are not lifecycle updates
 */
public record GoalCoverage(List<Goal> goals, List<Integer> years, int lifecycleUpdates,
		List<ProjectLink> withoutGoal) {

	/** One goal's share: recurring costs are per year, summed over the projects; a year's costs in {@code years}. */
	public record Goal(GoalView goal, List<GoalProject> projectList, int actions, CostRange oneOff,
			CostRange recurring, List<YearCosts> years) {

		public int projects() {
			return projectList.size();
		}

		public boolean uncovered() {
			return projectList.isEmpty();
		}

	}

	/** A project to link to. */
	public record ProjectLink(UUID id, String number, String title) {
	}

	public long uncoveredGoals() {
		return goals.stream().filter(Goal::uncovered).count();
	}

	/** Goals with neither a project nor an action: nothing is being done about them. */
	public List<Goal> withNeither() {
		return goals.stream().filter(g -> g.uncovered() && g.actions() == 0).toList();
	}

	/** Goals with actions but no project. */
	public List<Goal> withoutProjects() {
		return goals.stream().filter(g -> g.uncovered() && g.actions() > 0).toList();
	}

	/** Goals with projects but no action. */
	public List<Goal> withoutActions() {
		return goals.stream().filter(g -> !g.uncovered() && g.actions() == 0).toList();
	}

}
