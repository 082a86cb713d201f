package fi.ohjaamo.portfolio;

/** The action plan's three groups of projects. */
public enum Category {

	INFRASTRUCTURE, CITY_WIDE, SERVICE_AREA

}
