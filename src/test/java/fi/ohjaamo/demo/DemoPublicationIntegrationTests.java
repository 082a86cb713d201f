package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.publication.PublicFilter;
import fi.ohjaamo.publication.PublicProject;
import fi.ohjaamo.publication.PublishedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality publishes its public projects at a readable address, as a visitor would find them. */
@DemoTest
class DemoPublicationIntegrationTests {

	@Autowired
	PublishedProjects published;

	@Test
	void demoMunicipalityPublishesItsPublicProjectsAtItsOwnAddress() {
		assertThat(published.organisations()).extracting(PublishedProjects.PublicOrganisation::slug)
			.contains("kuusijarven-kaupunki");
		var portfolio = published.portfolio("kuusijarven-kaupunki", PublicFilter.none());
		assertThat(portfolio.organisationName()).isEqualTo(DemoData.MUNICIPALITY);
		assertThat(portfolio.projects()).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy(p -> assertThat(p.status()).isNotEqualTo(Status.IDEA))
			.anySatisfy(p -> assertThat(p.goals()).isNotEmpty())
			.extracting(PublicProject::serviceArea)
			.doesNotContain("");
	}

}
