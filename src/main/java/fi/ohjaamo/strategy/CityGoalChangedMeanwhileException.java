package fi.ohjaamo.strategy;

/** Someone saved the city-strategy goal after the person opened it, so their save would overwrite it. */
class CityGoalChangedMeanwhileException extends RuntimeException {

	CityGoalChangedMeanwhileException() {
		super("the city-strategy goal was changed meanwhile");
	}

}
