package fi.ohjaamo.strategy.indicators;

/** Someone saved the indicator after the person opened it; nothing was written. */
public class IndicatorChangedMeanwhileException extends RuntimeException {

	public IndicatorChangedMeanwhileException() {
		super("the indicator changed meanwhile");
	}

}
