package fi.ohjaamo.scenario;

/** The scenario was adopted or discarded; it no longer changes. */
public class ScenarioClosedException extends RuntimeException {

	ScenarioClosedException() {
		super("the scenario is no longer a draft");
	}

}
