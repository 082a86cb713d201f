package fi.ohjaamo.prioritisation.fundingcall;

/** Someone changed the application (its override or its contents) after the person opened it; nothing was written. */
public class OverrideChangedMeanwhileException extends RuntimeException {

	public OverrideChangedMeanwhileException() {
		super("the funding application was changed meanwhile");
	}

}
