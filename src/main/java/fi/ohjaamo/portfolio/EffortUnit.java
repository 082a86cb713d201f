package fi.ohjaamo.portfolio;

/** Person-days (henkilötyöpäivä) or person-years (henkilötyövuosi). */
public enum EffortUnit {

	PERSON_DAYS, PERSON_YEARS

}
