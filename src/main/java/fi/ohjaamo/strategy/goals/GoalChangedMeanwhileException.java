package fi.ohjaamo.strategy.goals;

/** Someone renamed the goal after the person opened it; their rename must not be overwritten silently. */
public class GoalChangedMeanwhileException extends RuntimeException {

	private final String currentName;

	public GoalChangedMeanwhileException(String currentName) {
		super("goal changed meanwhile");
		this.currentName = currentName;
	}

	String currentName() {
		return currentName;
	}

}
