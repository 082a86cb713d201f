package fi.ohjaamo.strategy;

import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** IT management keeps the organisation's strategic goals; everyone reads them. */
@IntegrationTest
class StrategicGoalsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	StrategicGoals goals;

	@Test
	void itManagementAddsGoalsThatCardsCanThenServe() throws Exception {
		var org = data.organisation();
		mvc.perform(post("/strategy/goals").with(csrf()).param("name", "  Tietoturvan parantaminen ")
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/goals?added"));
		assertThat(goals.of(org.id())).extracting(GoalView::name).contains("Tietoturvan parantaminen");
		String card = page(get("/projects/new"), org.itManager());
		assertThat(card).contains("Tietoturvan parantaminen");
	}

	@Test
	void refusesEmptyAndDuplicateNamesNextToTheField() throws Exception {
		var org = data.organisation();
		String empty = page(post("/strategy/goals").with(csrf()).param("name", " "), org.itManager());
		assertThat(empty).contains("id=\"name-error\"").contains("Täytä tämä kohta.");
		String duplicate = page(post("/strategy/goals").with(csrf()).param("name", "ASUKASPALVELUJEN DIGITALISOINTI"),
				org.itManager());
		assertThat(duplicate).contains("Organisaatiolla on jo tämänniminen tavoite.")
			.contains("value=\"ASUKASPALVELUJEN DIGITALISOINTI\"");
		assertThat(goals.of(org.id())).hasSize(1);
	}

	@Test
	void othersReadTheGoalsButCannotChangeThem() throws Exception {
		var org = data.organisation();
		assertThat(page(get("/strategy/goals"), org.viewer())).contains("Asukaspalvelujen digitalisointi")
			.doesNotContain("action=\"/strategy/goals\"");
		mvc.perform(post("/strategy/goals").with(csrf()).param("name", "Uusi").with(org.areaEditor().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/strategy/goals/{id}/edit", org.goalId()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRenameBasedOnAnOutdatedViewShowsTheOtherNameAndKeepsTheTypedOne() throws Exception {
		var org = data.organisation();
		long seen = goals.get(org.id(), org.goalId()).getVersion();
		mvc.perform(post("/strategy/goals/{id}", org.goalId()).with(csrf())
			.param("name", "Sähköiset asukaspalvelut")
			.param("version", String.valueOf(seen))
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/goals?renamed"));

		String conflict = page(post("/strategy/goals/{id}", org.goalId()).with(csrf())
			.param("name", "Digitaaliset palvelut kaikille")
			.param("version", String.valueOf(seen)), org.administrator());

		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("<p class=\"merge-value\">Sähköiset asukaspalvelut</p>")
			.contains("value=\"Digitaaliset palvelut kaikille\"");
		assertThat(goals.get(org.id(), org.goalId()).getName()).isEqualTo("Sähköiset asukaspalvelut");
		long now = goals.get(org.id(), org.goalId()).getVersion();
		assertThat(conflict).contains("name=\"version\" value=\"" + now + "\"");
	}

	@Test
	void anotherOrganisationsGoalIsNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		for (UUID id : new UUID[] { theirs.goalId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/goals/{id}/edit", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/strategy/goals/{id}", id).with(csrf()).param("name", "Kaapattu").param("version", "0")
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		assertThat(goals.get(theirs.id(), theirs.goalId()).getName()).isEqualTo("Asukaspalvelujen digitalisointi");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
