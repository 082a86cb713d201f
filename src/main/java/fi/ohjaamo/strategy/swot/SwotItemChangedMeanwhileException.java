package fi.ohjaamo.strategy.swot;

/** Someone saved the SWOT item after the person opened it; their save must not be overwritten silently. */
public class SwotItemChangedMeanwhileException extends RuntimeException {

	public SwotItemChangedMeanwhileException() {
		super("SWOT item changed meanwhile");
	}

}
