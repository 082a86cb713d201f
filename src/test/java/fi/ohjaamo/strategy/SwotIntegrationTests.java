package fi.ohjaamo.strategy;

import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SWOT analyses with their four quadrants, and a response that becomes an action in one step. */
@IntegrationTest
class SwotIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SwotAnalyses analyses;

	@Autowired
	Actions actions;

	@Test
	void createsAnAnalysisAndShowsItsItemsInTheirQuadrants() throws Exception {
		var org = data.organisation();
		mvc.perform(post("/strategy/swot").with(csrf()).param("title", "SWOT 2026").param("analysedOn", "2026-03-02")
			.with(org.itManager().signedIn())).andExpect(redirectedUrlPattern("/strategy/swot/*?added"));
		var analysis = analyses.of(org.id()).get(0);
		assertThat(analysis.getAnalysedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		mvc.perform(post("/strategy/swot/{id}/items", analysis.getId()).with(csrf())
			.param("quadrant", "THREAT")
			.param("description", "Osaajien saatavuus heikkenee")
			.param("response", "Kehitetään työnantajakuvaa")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String page = page(get("/strategy/swot/{id}", analysis.getId()), org.viewer());
		assertThat(page).contains("Uhat").contains("Osaajien saatavuus heikkenee").contains("Miten varaudumme:")
			.contains("Kehitetään työnantajakuvaa")
			.doesNotContain("Tee toimenpide");
		assertThat(page(get("/strategy/swot"), org.viewer())).contains("SWOT 2026");
	}

	@Test
	void refusesAnEmptyItemNextToTheField() throws Exception {
		var org = data.organisation();
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		String page = page(post("/strategy/swot/{id}/items", analysis.getId()).with(csrf())
			.param("quadrant", "STRENGTH")
			.param("description", "")
			.param("response", "Vastaus jää talteen"), org.itManager());
		assertThat(page).contains("id=\"description-error\"").contains("Vastaus jää talteen");
		assertThat(analyses.quadrants(org.id(), analysis.getId()).get(SwotQuadrant.STRENGTH)).isEmpty();
		String untitled = page(post("/strategy/swot").with(csrf()).param("title", " "), org.itManager());
		assertThat(untitled).contains("id=\"title-error\"");
	}

	@Test
	void aResponseBecomesAnActionUnderTheChosenGoalLinkedBothWays() throws Exception {
		var org = data.organisation();
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		var item = analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.WEAKNESS, "Vanhentuneet työasemat",
				"Laaditaan työasemien elinkaarimalli");

		mvc.perform(post("/strategy/swot/{id}/items/{item}/action", analysis.getId(), item.getId()).with(csrf())
			.param("goalId", org.goalId().toString())
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		var row = actions.rows(org.id(), org.goalId(), null, null).get(0);
		assertThat(row.description()).isEqualTo("Laaditaan työasemien elinkaarimalli");
		assertThat(row.swotItem()).isEqualTo("Vanhentuneet työasemat");
		assertThat(page(get("/strategy/goals/{id}/actions", org.goalId()), org.viewer()))
			.contains("Vanhentuneet työasemat")
			.contains("/strategy/swot/" + analysis.getId() + "#item-" + item.getId());
		assertThat(page(get("/strategy/swot/{id}", analysis.getId()), org.itManager()))
			.contains("Toimenpiteenä tavoitteessa Asukaspalvelujen digitalisointi")
			.contains("#action-" + row.id());

		mvc.perform(post("/strategy/swot/{id}/items/{item}/action", analysis.getId(), item.getId()).with(csrf())
			.param("goalId", org.goalId().toString())
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(actions.countOf(org.id())).isEqualTo(1);
	}

	@Test
	void aSaveBasedOnAnOutdatedViewShowsTheOtherTextAndKeepsTheTypedOne() throws Exception {
		var org = data.organisation();
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		var item = analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.STRENGTH, "Osaava henkilöstö", "");
		long seen = item.getVersion();
		mvc.perform(post("/strategy/swot/{id}/items/{item}", analysis.getId(), item.getId()).with(csrf())
			.param("quadrant", "STRENGTH")
			.param("description", "Osaava ja sitoutunut henkilöstö")
			.param("version", String.valueOf(seen))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String conflict = page(post("/strategy/swot/{id}/items/{item}", analysis.getId(), item.getId()).with(csrf())
			.param("quadrant", "STRENGTH")
			.param("description", "Pitkä kokemus")
			.param("version", String.valueOf(seen)), org.administrator());
		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("<p class=\"merge-value\">Osaava ja sitoutunut henkilöstö</p>")
			.contains(">Pitkä kokemus</textarea>");
	}

	@Test
	void othersReadButOnlyItManagementWritesAndOtherOrganisationsAreNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var their = analyses.add(theirs.id(), null, "Heidän SWOT", null);
		var theirItem = analyses.addItem(theirs.id(), their.getId(), SwotQuadrant.THREAT, "Uhka", "Varaudutaan");
		var own = analyses.add(mine.id(), null, "Oma SWOT", null);

		mvc.perform(post("/strategy/swot/{id}/items", own.getId()).with(csrf()).param("quadrant", "THREAT")
			.param("description", "X")
			.with(mine.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/strategy/swot").with(csrf()).param("title", "X").with(mine.areaEditor().signedIn()))
			.andExpect(status().isForbidden());

		for (UUID id : new UUID[] { their.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/swot/{id}", id).with(mine.viewer().signedIn())).andExpect(status().isNotFound());
			mvc.perform(post("/strategy/swot/{id}/items/{item}/action", id, theirItem.getId()).with(csrf())
				.param("goalId", mine.goalId().toString())
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		mvc.perform(post("/strategy/swot/{id}/items/{item}/action", own.getId(), theirItem.getId()).with(csrf())
			.param("goalId", mine.goalId().toString())
			.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		assertThat(page(get("/strategy/swot"), mine.viewer())).doesNotContain("Heidän SWOT");
		assertThat(actions.countOf(mine.id())).isZero();
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
