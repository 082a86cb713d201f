package fi.ohjaamo.strategy;

/** Where an indicator stands: its latest measured value against the target of that value's year. */
public enum IndicatorStatus {

	ON_TRACK, OFF_TRACK, NO_TARGET, NOT_MEASURED

}
