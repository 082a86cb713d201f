package fi.ohjaamo.strategy.goals;

import java.util.List;

import fi.ohjaamo.strategy.ActionRow;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.GoalProject;

/** A goal with its actions and the projects serving it, for the strategy overview and the goal page. */
public record GoalSummary(StrategicGoal goal, List<ActionRow> actions, List<GoalProject> projects) {

	public long actionsDone() {
		return actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
	}

	public long actionsInProgress() {
		return actions.stream().filter(a -> a.status() == ActionStatus.IN_PROGRESS).count();
	}

	/** Whether nothing is being done about the goal: no action and no project. */
	public boolean untouched() {
		return actions.isEmpty() && projects.isEmpty();
	}

}
