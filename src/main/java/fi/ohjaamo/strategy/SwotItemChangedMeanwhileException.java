package fi.ohjaamo.strategy;

/** Someone saved the SWOT item after the person opened it; their save must not be overwritten silently. */
class SwotItemChangedMeanwhileException extends RuntimeException {

	SwotItemChangedMeanwhileException() {
		super("SWOT item changed meanwhile");
	}

}
