package fi.ohjaamo.strategy;

/** Someone saved the strategy after the person opened it; their changes must not be overwritten silently. */
class StrategyChangedMeanwhileException extends RuntimeException {

	StrategyChangedMeanwhileException() {
		super("strategy changed meanwhile");
	}

}
