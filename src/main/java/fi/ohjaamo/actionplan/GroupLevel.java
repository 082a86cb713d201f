package fi.ohjaamo.actionplan;

/** The levels projects are grouped by in a plan, from the widest. */
public enum GroupLevel {

	CATEGORY, SERVICE_AREA, UNIT

}
