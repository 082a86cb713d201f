package fi.ohjaamo.strategy;

/** Where an action of the strategy stands. */
public enum ActionStatus {

	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED

}
