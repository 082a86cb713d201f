package fi.ohjaamo.actionplan;

/** Someone saved the plan after the person began editing it; nothing was written. */
public class PlanChangedMeanwhileException extends RuntimeException {

	PlanChangedMeanwhileException() {
		super("the plan was saved meanwhile");
	}

}
