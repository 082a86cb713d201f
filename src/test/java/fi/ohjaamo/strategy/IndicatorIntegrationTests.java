package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** IT management keeps each goal's indicators with yearly targets and measured values; everyone reads them. */
@IntegrationTest
class IndicatorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Indicators indicators;

	@Test
	void itManagementAddsAnIndicatorWithTargetsAndMeasuresItInFinnishNumbers() throws Exception {
		var org = data.organisation();
		var result = mvc.perform(indicatorForm(post("/strategy/indicators"), org.goalId(), "Sähköisten palvelujen osuus")
			.param("targets[0].year", "2025").param("targets[0].value", "1 234,5")
			.param("targets[1].year", "2026").param("targets[1].value", "70")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection()).andReturn();
		var indicator = indicators.of(org.id()).getFirst();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/strategy/indicators/" + indicator.getId() + "?added");
		assertThat(indicator.getTargets()).extracting(IndicatorTarget::year).containsExactly(2025, 2026);
		assertThat(indicator.getTargets().getFirst().value()).isEqualByComparingTo("1234.5");

		mvc.perform(post("/strategy/indicators/{id}/measurements", indicator.getId()).with(csrf())
			.param("date", "31.12.2025").param("value", "1 300").param("source", "Palveluraportti")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String page = page(get("/strategy/indicators/{id}", indicator.getId()), org.viewer());
		assertThat(page).contains("31.12.2025").contains("1300 %").contains("1234,5 %").contains("Tavoitteessa")
			.contains("{\"labels\":[\"31.12.2025\"]").containsPattern("\"key\":\"value\".*\"values\":\\[1300(\\.0+)?\\]")
			.containsPattern("\"key\":\"target\".*\"values\":\\[1234\\.50*\\]")
			.doesNotContain("action=\"/strategy/indicators/" + indicator.getId() + "/measurements\"");
		assertThat(page(get("/strategy/indicators"), org.viewer())).contains("Sähköisten palvelujen osuus")
			.contains("Asukaspalvelujen digitalisointi").contains("Tavoitteessa");
		assertThat(page(get("/admin/audit"), org.administrator())).contains("Mittari lisättiin")
			.contains("Mittarille kirjattiin mitattu arvo");
	}

	@Test
	void showsEachProblemNextToItsField() throws Exception {
		var org = data.organisation();
		String page = page(indicatorForm(post("/strategy/indicators"), org.goalId(), " ")
			.param("baselineValue", "12")
			.param("targets[0].year", "2025").param("targets[0].value", "abc")
			.param("targets[1].year", "2025").param("targets[1].value", "5"), org.itManager());
		assertThat(page).contains("id=\"name-error\"").contains("Täytä tämä kohta.")
			.contains("id=\"baselineYear-error\"").contains("Anna lähtötasolle sekä arvo että vuosi.")
			.contains("Anna luku, esim. 1 234,50.").contains("Tälle vuodelle on jo tavoite.")
			.contains("value=\"abc\"");
		String measured = page(post("/strategy/indicators/{id}/measurements", add(org)).with(csrf())
			.param("date", "2025-31-12").param("value", ""), org.itManager());
		assertThat(measured).contains("id=\"date-error\"").contains("Anna päivämäärä muodossa pp.kk.vvvv")
			.contains("id=\"value-error\"");
		assertThat(indicators.of(org.id())).hasSize(1);
	}

	@Test
	void addsAndRemovesTargetRowsWithoutJavaScriptKeepingTheInput() throws Exception {
		var org = data.organisation();
		String added = page(indicatorForm(post("/strategy/indicators"), org.goalId(), "Käyttäjätyytyväisyys")
			.param("targets[0].year", "2025").param("targets[0].value", "3,8").param("_action", "addTarget"),
				org.itManager());
		assertThat(added).contains("name=\"targets[1].year\"").contains("value=\"3,8\"")
			.contains("value=\"Käyttäjätyytyväisyys\"").doesNotContain("field-error");
		String removed = page(indicatorForm(post("/strategy/indicators"), org.goalId(), "Käyttäjätyytyväisyys")
			.param("targets[0].year", "2025").param("targets[0].value", "3,8")
			.param("targets[1].year", "2026").param("targets[1].value", "4")
			.param("_action", "removeTarget:0"), org.itManager());
		assertThat(removed).doesNotContain("name=\"targets[1].year\"").contains("value=\"2026\"")
			.doesNotContain("value=\"2025\"");
		assertThat(indicators.of(org.id())).isEmpty();
	}

	@Test
	void othersReadButCannotChange() throws Exception {
		var org = data.organisation();
		UUID id = add(org);
		mvc.perform(get("/strategy/indicators/{id}", id).with(org.viewer().signedIn())).andExpect(status().isOk());
		mvc.perform(get("/strategy/indicators/new").with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/strategy/indicators/{id}/edit", id).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(indicatorForm(post("/strategy/indicators"), org.goalId(), "Oma").with(org.projectManager().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/strategy/indicators/{id}/measurements", id).with(csrf()).param("date", "1.1.2025")
			.param("value", "1").with(org.viewer().signedIn())).andExpect(status().isForbidden());
		assertThat(indicators.get(org.id(), id).trend().points()).isEmpty();
	}

	@Test
	void anotherOrganisationsIndicatorOrGoalIsNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		UUID theirIndicator = add(theirs);
		for (UUID id : new UUID[] { theirIndicator, UUID.randomUUID() }) {
			mvc.perform(get("/strategy/indicators/{id}", id).with(mine.viewer().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(get("/strategy/indicators/{id}/edit", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(indicatorForm(post("/strategy/indicators/{id}", id), mine.goalId(), "Kaapattu")
				.param("version", "0").with(mine.itManager().signedIn())).andExpect(status().isNotFound());
			mvc.perform(post("/strategy/indicators/{id}/measurements", id).with(csrf()).param("date", "1.1.2025")
				.param("value", "1").with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		String foreignGoal = page(indicatorForm(post("/strategy/indicators"), theirs.goalId(), "Vieras"), mine.itManager());
		assertThat(foreignGoal).contains("id=\"goalId-error\"");
		assertThat(indicators.of(mine.id())).isEmpty();
		assertThat(page(get("/strategy/indicators"), mine.viewer())).doesNotContain(theirIndicator.toString());
		assertThat(indicators.get(theirs.id(), theirIndicator).getName()).isEqualTo("Mittari");
	}

	@Test
	void aSaveBasedOnAnOutdatedViewShowsTheOtherValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		UUID id = add(org);
		long seen = indicators.get(org.id(), id).getVersion();
		mvc.perform(indicatorForm(post("/strategy/indicators/{id}", id), org.goalId(), "Ratkaisuaste ensitasolla")
			.param("version", String.valueOf(seen)).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());

		String conflict = page(indicatorForm(post("/strategy/indicators/{id}", id), org.goalId(), "Palvelupyyntöjen osuus")
			.param("version", String.valueOf(seen)), org.administrator());

		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">Ratkaisuaste ensitasolla</p>")
			.contains("value=\"Palvelupyyntöjen osuus\"");
		var now = indicators.get(org.id(), id);
		assertThat(now.getName()).isEqualTo("Ratkaisuaste ensitasolla");
		assertThat(conflict).contains("name=\"version\" value=\"" + now.getVersion() + "\"");
	}

	private UUID add(TestData.Org org) {
		return indicators.add(org.id(), new IndicatorDefinition(org.goalId(), "Mittari", "%",
				IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("40"), 2023,
				List.of(new IndicatorTarget(LocalDate.now().getYear(), new BigDecimal("60"))))).getId();
	}

	private static MockHttpServletRequestBuilder indicatorForm(MockHttpServletRequestBuilder request, UUID goalId,
			String name) {
		return request.with(csrf()).param("goalId", goalId.toString()).param("name", name).param("unit", "%")
			.param("direction", "HIGHER_IS_BETTER");
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
