package fi.ohjaamo.scenario;

/** A draft is worked on; an adopted scenario changed the cards and is kept read-only; a discarded one is kept read-only. */
public enum ScenarioStatus {

	DRAFT, ADOPTED, DISCARDED

}
