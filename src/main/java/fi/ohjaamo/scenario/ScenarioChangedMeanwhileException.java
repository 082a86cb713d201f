package fi.ohjaamo.scenario;

/** Someone saved the scenario after the person opened it; nothing was written. */
public class ScenarioChangedMeanwhileException extends RuntimeException {

	ScenarioChangedMeanwhileException() {
		super("the scenario changed meanwhile");
	}

}
