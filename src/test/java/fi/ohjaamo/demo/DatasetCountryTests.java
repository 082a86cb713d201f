package fi.ohjaamo.demo;

import java.util.HashSet;

import fi.ohjaamo.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The national dataset is the country's 308 municipalities and 21 wellbeing areas, of realistic relative sizes. */
class DatasetCountryTests {

	private final java.util.List<DatasetOrganisation> country = DatasetCountry.organisations(198_000, 2, 20261122);

	@Test
	void besideTheCityThereAre308MunicipalitiesAnd21WellbeingAreas() {
		assertThat(country).hasSize(329);
		assertThat(country).filteredOn(o -> o.kind() == OrganisationKind.WELLBEING_AREA).hasSize(21);
		assertThat(country).filteredOn(o -> o.kind() == OrganisationKind.MUNICIPALITY).hasSize(308);
		assertThat(new HashSet<>(country.stream().map(DatasetOrganisation::name).toList())).hasSize(329)
			.doesNotContain(DatasetPlan.ORGANISATION);
		assertThat(new HashSet<>(country.stream().map(DatasetOrganisation::usernamePrefix).toList())).hasSize(329)
			.doesNotContain("");
	}

	@Test
	void theProjectsAddUpToWhatWasAskedAndFallFromTheLargestToTheSmallest() {
		int total = country.stream().mapToInt(DatasetOrganisation::projects).sum();
		assertThat((double) total).isCloseTo(198_000, within(198_000 * 0.02));
		var municipalities = country.stream().filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).toList();
		assertThat(municipalities.getFirst().projects()).isGreaterThan(5_000);
		assertThat(municipalities.getLast().projects()).isBetween(DatasetCountry.SMALLEST, 200);
		assertThat(municipalities.get(99).projects()).isBetween(200, 1_000);
		assertThat(country.getFirst().projects()).isGreaterThan(municipalities.get(5).projects());
		assertThat(country).allSatisfy(o -> assertThat(o.projects()).isGreaterThanOrEqualTo(DatasetCountry.SMALLEST));
	}

	@Test
	void eachOrganisationDrawsItsOwnCardsAndOnlyItsItManagementSignsIn() {
		assertThat(new HashSet<>(country.stream().map(DatasetOrganisation::seed).toList())).hasSize(329);
		assertThat(country).allSatisfy(o -> assertThat(o.accountsForAll()).isFalse());
		assertThat(country.getFirst().username(DatasetPlan.PEOPLE.getFirst())).isEqualTo("hva001-bench");
	}

}
