package fi.ohjaamo.scenario;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.RevisionReason;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adopting a scenario is asked to be confirmed on a page that lists every card it changes, and each card's history
 * then says which scenario changed it and why.
 */
@IntegrationTest
class ScenarioAdoptionConfirmationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	Scenarios scenarios;

	@Autowired
	fi.ohjaamo.capacity.Capacities capacities;

	ScenarioFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ScenarioFixtures(data, projects, capacities, mvc);
	}

	@Test
	void adoptingAsksToConfirmWithTheCardsItChangesAndNothingIsWrittenBefore() throws Exception {
		var org = data.organisation();
		var user = org.itManager().asUser();
		var running = fixtures.project(org, "Käynnissä oleva", Status.IN_PROGRESS, "Q1/2027", "Q4/2027", 80, 1000, 2027);
		var scenario = scenarios.create(user, "Kevennetty", "");
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(running.getId(), ChangeKind.SHIFT,
				"Q2/2027", "Q1/2028", "Resurssit"), scenario.getVersion());

		String page = fixtures.page(get("/projects/scenarios/{id}", scenario.getId()), org.itManager());
		assertThat(page).contains("href=\"/projects/scenarios/" + scenario.getId() + "/adopt\"");
		String confirmation = fixtures.page(get("/projects/scenarios/{id}/adopt", scenario.getId()), org.itManager());
		assertThat(confirmation).contains("Otetaanko skenaario Kevennetty käyttöön?")
			.contains("Käynnissä oleva")
			.contains("Vahvista käyttöönotto");
		mvc.perform(get("/projects/scenarios/{id}/adopt", scenario.getId()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());

		assertThat(projects.history(org.id(), running.getId())).hasSize(1);
		assertThat(scenarios.get(org.id(), scenario.getId()).isDraft()).isTrue();
	}

	@Test
	void theCardsHistorySaysWhichScenarioChangedItAndWhy() throws Exception {
		var org = data.organisation();
		var user = org.itManager().asUser();
		var running = fixtures.project(org, "Käynnissä oleva", Status.IN_PROGRESS, "Q1/2027", "Q4/2027", 80, 1000, 2027);
		var scenario = scenarios.create(user, "Kevennetty kehitystahti", "");
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(running.getId(), ChangeKind.SHIFT,
				"Q2/2027", "Q1/2028", "IT:n kapasiteetti ei riitä"), scenario.getVersion());
		long version = scenarios.get(org.id(), scenario.getId()).getVersion();

		mvc.perform(post("/projects/scenarios/{id}/adopt", scenario.getId()).with(csrf())
			.param("version", String.valueOf(version)).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());

		var latest = projects.latest(org.id(), running.getId());
		assertThat(latest.reason())
			.isEqualTo(RevisionReason.scenario("Kevennetty kehitystahti", "IT:n kapasiteetti ei riitä"));
		assertThat(projects.history(org.id(), running.getId()).getLast().reason()).isNull();
		assertThat(fixtures.page(get("/projects/{id}/history", running.getId()), org.viewer()))
			.contains("Skenaarion \"Kevennetty kehitystahti\" käyttöönotto: IT:n kapasiteetti ei riitä");
	}

}
