package fi.ohjaamo.strategy.actions;

/** Someone saved the action after the person opened it; their save must not be overwritten silently. */
public class ActionChangedMeanwhileException extends RuntimeException {

	public ActionChangedMeanwhileException() {
		super("action changed meanwhile");
	}

}
