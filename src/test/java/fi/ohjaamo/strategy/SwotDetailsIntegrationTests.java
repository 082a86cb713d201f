package fi.ohjaamo.strategy;

import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A SWOT analysis's title, date and the strategy it was made for are edited like any other record. */
@IntegrationTest
class SwotDetailsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SwotAnalyses analyses;

	@Autowired
	Strategies strategies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnalysisIsRetitledRedatedAndLinkedToAStrategyShownInTheList() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Digiohjelma 2025–2028", 2025, 2028, "", "", List.of());
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		assertThat(page(get("/strategy/swot"), org.viewer())).contains("Koko organisaation analyysi");

		mvc.perform(post("/strategy/swot/{id}", analysis.getId()).with(csrf())
			.param("title", "SWOT kevät 2026")
			.param("analysedOn", "2026-03-02")
			.param("strategyId", strategy.getId().toString())
			.param("version", String.valueOf(analysis.getVersion()))
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/swot/" + analysis.getId() + "?saved"));

		var saved = analyses.get(org.id(), analysis.getId());
		assertThat(saved.getTitle()).isEqualTo("SWOT kevät 2026");
		assertThat(saved.getAnalysedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(saved.getStrategyId()).isEqualTo(strategy.getId());
		assertThat(page(get("/strategy/swot"), org.viewer())).contains("Strategiaa varten: Digiohjelma 2025–2028");
		assertThat(page(get("/strategy/swot/{id}", analysis.getId()), org.viewer()))
			.contains("Strategiaa varten: Digiohjelma 2025–2028");
		assertThat(page(get("/history/swot-analysis/{id}/diff", analysis.getId()).param("from", "1").param("to", "2"),
				org.viewer())).contains("2.3.2026").contains("Digiohjelma 2025–2028");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org").param("org", org.id())
			.query(String.class)
			.list()).contains("strategy.swot-analysis-changed");
	}

	@Test
	void aStrategyOfAnotherOrganisationIsRefusedNextToTheField() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var their = strategies.create(theirs.id(), "Heidän strategia", 2025, 2028, "", "", List.of());
		var analysis = analyses.add(mine.id(), null, "SWOT", null);
		String page = page(post("/strategy/swot/{id}", analysis.getId()).with(csrf())
			.param("title", "Uusi nimi")
			.param("strategyId", their.getId().toString())
			.param("version", String.valueOf(analysis.getVersion())), mine.itManager());
		assertThat(page).contains("id=\"strategyId-error\"").contains("value=\"Uusi nimi\"");
		assertThat(analyses.get(mine.id(), analysis.getId()).getTitle()).isEqualTo("SWOT");
		String added = page(post("/strategy/swot").with(csrf()).param("title", "Uusi")
			.param("strategyId", their.getId().toString()), mine.itManager());
		assertThat(added).contains("id=\"strategyId-error\"");
	}

	@Test
	void aStaleSaveShowsTheOtherValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		long seen = analysis.getVersion();
		mvc.perform(post("/strategy/swot/{id}", analysis.getId()).with(csrf()).param("title", "Ensimmäisen nimi")
			.param("version", String.valueOf(seen))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		String stale = page(post("/strategy/swot/{id}", analysis.getId()).with(csrf()).param("title", "Toisen nimi")
			.param("version", String.valueOf(seen)), org.administrator());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("<p class=\"merge-value\">Ensimmäisen nimi</p>")
			.contains("value=\"Toisen nimi\"");
		assertThat(analyses.get(org.id(), analysis.getId()).getTitle()).isEqualTo("Ensimmäisen nimi");
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
