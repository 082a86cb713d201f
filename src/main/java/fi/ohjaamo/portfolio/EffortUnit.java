package fi.ohjaamo.portfolio;

/**
 * How a resource line counts its effort, as real plans write it: person-days (henkilötyöpäivä), person-years
 * (henkilötyövuosi), persons taking part (henkilöä), or person-days per process a service area runs through.
 */
public enum EffortUnit {

	PERSON_DAYS, PERSON_YEARS, PERSONS, DAYS_PER_PROCESS;

	/**
	 * Whether the amount is work that can be spread over the schedule and held against capacity. Persons and work
	 * per process are not: how much of each person, or how many processes, the line does not say.
	 */
	public boolean isWork() {
		return this == PERSON_DAYS || this == PERSON_YEARS;
	}

}
