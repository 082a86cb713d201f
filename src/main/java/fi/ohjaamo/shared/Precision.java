package fi.ohjaamo.shared;

/** How exactly a point of a schedule is known: the whole year, a quarter or a month. */
public enum Precision {

	YEAR, QUARTER, MONTH

}
