package fi.ohjaamo.prioritisation.fundingcall;

/** Someone saved the call after the person opened it; nothing was written. */
public class FundingCallChangedMeanwhileException extends RuntimeException {

	public FundingCallChangedMeanwhileException() {
		super("the funding call was saved meanwhile");
	}

}
