package fi.ohjaamo.strategy.swot;

/** Someone saved the SWOT analysis after the person opened it; their save must not be overwritten silently. */
public class SwotAnalysisChangedMeanwhileException extends RuntimeException {

	public SwotAnalysisChangedMeanwhileException() {
		super("SWOT analysis changed meanwhile");
	}

}
