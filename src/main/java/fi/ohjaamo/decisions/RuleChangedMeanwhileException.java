package fi.ohjaamo.decisions;

/** Someone saved the rule after the person began editing it; nothing was written. */
public class RuleChangedMeanwhileException extends RuntimeException {

	RuleChangedMeanwhileException() {
		super("the decision rule was saved meanwhile");
	}

}
