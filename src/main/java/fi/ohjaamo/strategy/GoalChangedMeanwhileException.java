package fi.ohjaamo.strategy;

/** Someone renamed the goal after the person opened it; their rename must not be overwritten silently. */
class GoalChangedMeanwhileException extends RuntimeException {

	private final String currentName;

	GoalChangedMeanwhileException(String currentName) {
		super("goal changed meanwhile");
		this.currentName = currentName;
	}

	String currentName() {
		return currentName;
	}

}
