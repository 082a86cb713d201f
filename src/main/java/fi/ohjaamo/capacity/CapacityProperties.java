package fi.ohjaamo.capacity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param personDaysPerYear how many person-days one person-year of a card's resource line counts for
 */
@ConfigurationProperties("ohjaamo.capacity")
record CapacityProperties(double personDaysPerYear) {

	CapacityProperties {
		personDaysPerYear = personDaysPerYear <= 0 ? 220 : personDaysPerYear;
	}

}
