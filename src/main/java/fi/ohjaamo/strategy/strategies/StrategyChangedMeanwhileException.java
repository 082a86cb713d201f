package fi.ohjaamo.strategy.strategies;

/** Someone saved the strategy after the person opened it; their changes must not be overwritten silently. */
public class StrategyChangedMeanwhileException extends RuntimeException {

	public StrategyChangedMeanwhileException() {
		super("strategy changed meanwhile");
	}

}
