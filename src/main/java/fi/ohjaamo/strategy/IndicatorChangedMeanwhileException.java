package fi.ohjaamo.strategy;

/** Someone saved the indicator after the person opened it; nothing was written. */
public class IndicatorChangedMeanwhileException extends RuntimeException {

	IndicatorChangedMeanwhileException() {
		super("the indicator changed meanwhile");
	}

}
