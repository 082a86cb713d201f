package fi.ohjaamo.strategy;

/** How often an indicator is followed up: many IT programmes report twice a year, some every quarter. */
public enum IndicatorCadence {

	YEARLY, HALF_YEARLY, QUARTERLY, MONTHLY

}
