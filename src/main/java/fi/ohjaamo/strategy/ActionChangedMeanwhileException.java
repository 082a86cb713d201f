package fi.ohjaamo.strategy;

/** Someone saved the action after the person opened it; their save must not be overwritten silently. */
class ActionChangedMeanwhileException extends RuntimeException {

	ActionChangedMeanwhileException() {
		super("action changed meanwhile");
	}

}
