package fi.ohjaamo.portfolio;

/** Who gives the work. */
public enum ResourceParty {

	SERVICE_AREA, IT, PURCHASED

}
