package fi.ohjaamo.strategy;

/** Someone saved the SWOT analysis after the person opened it; their save must not be overwritten silently. */
class SwotAnalysisChangedMeanwhileException extends RuntimeException {

	SwotAnalysisChangedMeanwhileException() {
		super("SWOT analysis changed meanwhile");
	}

}
