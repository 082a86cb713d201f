package fi.ohjaamo.strategy.goals;

/** Someone saved the city-strategy goal after the person opened it, so their save would overwrite it. */
public class CityGoalChangedMeanwhileException extends RuntimeException {

	public CityGoalChangedMeanwhileException() {
		super("the city-strategy goal was changed meanwhile");
	}

}
