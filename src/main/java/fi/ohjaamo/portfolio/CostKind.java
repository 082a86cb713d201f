package fi.ohjaamo.portfolio;

/** A one-off investment falls in one year; a recurring cost repeats every year of its span. */
public enum CostKind {

	ONE_OFF, RECURRING

}
