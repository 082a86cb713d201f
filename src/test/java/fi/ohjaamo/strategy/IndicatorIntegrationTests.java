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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
			.param("targets[0].year", "2025").param("targets[0].basis", "VALUE").param("targets[0].operator", "GE").param("targets[0].value", "1 234,5")
			.param("targets[1].year", "2026").param("targets[1].basis", "VALUE").param("targets[1].operator", "GE").param("targets[1].value", "70")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection()).andReturn();
		var indicator = indicators.of(org.id()).getFirst();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/strategy/indicators/" + indicator.getId() + "?added");
		assertThat(indicator.getTargets()).extracting(IndicatorTarget::year).containsExactly(2025, 2026);
		assertThat(indicator.getTargets().getFirst().value()).isEqualByComparingTo("1234.5");

		mvc.perform(post("/strategy/indicators/{id}/measurements", indicator.getId()).with(csrf())
			.param("date", "31.12.2025").param("value", "1 300").param("source", "Palveluraportti")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String page = page(get("/strategy/indicators/{id}", indicator.getId()), org.viewer());
		assertThat(page).contains("31.12.2025").contains("1300 %").contains("<li>2025: ≥ 1\u00a0234,5 %</li>")
			.contains("<td>≥ 1\u00a0234,5 %</td>").contains("Tavoitteessa")
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
			.param("targets[0].year", "2025").param("targets[0].basis", "VALUE").param("targets[0].operator", "GE").param("targets[0].value", "abc")
			.param("targets[1].year", "2025").param("targets[1].basis", "VALUE").param("targets[1].operator", "GE").param("targets[1].value", "5"), org.itManager());
		assertThat(page).contains("id=\"name-error\"").contains("Täytä tämä kohta.")
			.contains("id=\"baselineYear-error\"").contains("Anna lähtötasolle sekä arvo että vuosi.")
			.contains("Anna luku, esim. 1 234,50.").contains("Tälle kaudelle on jo tavoite.")
			.contains("value=\"abc\"");
		String measured = page(post("/strategy/indicators/{id}/measurements", add(org)).with(csrf())
			.param("date", "2025-31-12").param("value", ""), org.itManager());
		assertThat(measured).contains("id=\"date-error\"").contains("Anna päivämäärä muodossa pp.kk.vvvv")
			.contains("id=\"value-error\"");
		assertThat(indicators.of(org.id())).hasSize(1);
	}

	@Test
	void aScorecardIndicatorTakesItsTargetsAsTheStrategyWritesThemAndRefusesValuesOffItsScale() throws Exception {
		var org = data.organisation();
		var result = mvc.perform(post("/strategy/indicators").with(csrf()).param("goalId", org.goalId().toString())
			.param("name", "Asiakastyytyväisyys").param("unit", "pistettä").param("direction", "HIGHER_IS_BETTER")
			.param("cadence", "HALF_YEARLY").param("scaleMin", "1").param("scaleMax", "5")
			.param("baselineValue", "3,2").param("baselineYear", "2017")
			.param("targets[0].year", "2025").param("targets[0].half", "1").param("targets[0].basis", "VALUE")
			.param("targets[0].operator", "GE").param("targets[0].value", "4")
			.param("targets[1].year", "2025").param("targets[1].half", "2").param("targets[1].basis", "PREVIOUS")
			.param("targets[1].operator", "GT")
			.param("targets[2].year", "2026").param("targets[2].half", "0").param("targets[2].basis", "CHANGE_PERCENT")
			.param("targets[2].operator", "GE").param("targets[2].value", "25")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection()).andReturn();
		var id = indicators.of(org.id()).getFirst().getId();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/strategy/indicators/" + id + "?added");

		String refused = page(post("/strategy/indicators/{id}/measurements", id).with(csrf())
			.param("date", "30.6.2025").param("value", "6"), org.itManager());
		assertThat(refused).contains("id=\"value-error\"").contains("Anna luku asteikolta 1–5.");
		for (String[] value : new String[][] { { "30.6.2025", "4" }, { "31.12.2025", "3,9" }, { "31.12.2026", "4" } }) {
			mvc.perform(post("/strategy/indicators/{id}/measurements", id).with(csrf()).param("date", value[0])
				.param("value", value[1]).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		}

		String page = page(get("/strategy/indicators/{id}", id), org.viewer());
		assertThat(page).contains("Kahdesti vuodessa").contains("<dd>1–5</dd>")
			.contains("<li>2025, 1. vuosipuolisko: ≥ 4 pistettä</li>")
			.contains("<li>2025, 2. vuosipuolisko: kasvaa edellisestä arvosta</li>")
			.contains("<li>2026: ≥ +25 % lähtötasosta (2017)</li>");
		// 4 ≥ 4 on track; 3.9 did not grow from 4; 4 ≥ 3.2 × 1.25 = 4 exactly.
		assertThat(indicators.get(org.id(), id).trend().points()).extracting(IndicatorTrend.Point::status)
			.containsExactly(IndicatorStatus.ON_TRACK, IndicatorStatus.OFF_TRACK, IndicatorStatus.ON_TRACK);
	}

	@Test
	void aTargetThatCannotBeReadIsRefusedNextToWhatIsMissing() throws Exception {
		var org = data.organisation();
		String page = page(indicatorForm(post("/strategy/indicators"), org.goalId(), "Investointiaste")
			.param("scaleMin", "1").param("scaleMax", "5")
			.param("targets[0].year", "2025").param("targets[0].basis", "CHANGE").param("targets[0].operator", "LE")
			.param("targets[0].value", "-10")
			.param("targets[1].year", "2026").param("targets[1].basis", "VALUE").param("targets[1].operator", "BETWEEN")
			.param("targets[1].value", "4").param("targets[1].upper", "3")
			.param("targets[2].year", "2027").param("targets[2].basis", "COMPARED_SERIES")
			.param("targets[2].operator", "GT")
			.param("targets[3].year", "2028").param("targets[3].basis", "VALUE").param("targets[3].operator", "GT")
			.param("targets[3].value", "7"), org.itManager());
		assertThat(page).contains("id=\"targets-0-basis-error\"").contains("Muutos lähtötasosta tarvitsee mittarille lähtötason.")
			.contains("id=\"targets-1-upper-error\"").contains("Ylärajan pitää olla vähintään yhtä suuri kuin alaraja.")
			.contains("id=\"targets-2-basis-error\"").contains("Anna ensin mittarin vertailusarjan nimi.")
			.contains("id=\"targets-3-value-error\"").contains("Anna luku asteikolta 1–5.");
		assertThat(indicators.of(org.id())).isEmpty();
	}

	@Test
	void addsAndRemovesTargetRowsWithoutJavaScriptKeepingTheInput() throws Exception {
		var org = data.organisation();
		String added = page(indicatorForm(post("/strategy/indicators"), org.goalId(), "Käyttäjätyytyväisyys")
			.param("targets[0].year", "2025").param("targets[0].basis", "VALUE").param("targets[0].operator", "GE").param("targets[0].value", "3,8").param("_action", "addTarget"),
				org.itManager());
		assertThat(added).contains("name=\"targets[1].year\"").contains("value=\"3,8\"")
			.contains("value=\"Käyttäjätyytyväisyys\"").doesNotContain("field-error");
		String removed = page(indicatorForm(post("/strategy/indicators"), org.goalId(), "Käyttäjätyytyväisyys")
			.param("targets[0].year", "2025").param("targets[0].basis", "VALUE").param("targets[0].operator", "GE").param("targets[0].value", "3,8")
			.param("targets[1].year", "2026").param("targets[1].basis", "VALUE").param("targets[1].operator", "GE").param("targets[1].value", "4")
			.param("_action", "removeTarget:0"), org.itManager());
		assertThat(removed).doesNotContain("name=\"targets[1].year\"").contains("value=\"2026\"")
			.doesNotContain("value=\"2025\"");
		assertThat(indicators.of(org.id())).isEmpty();
	}

	@Test
	void itManagementDeletesAnIndicatorAfterAConfirmationAndItsHistoryKeepsIt() throws Exception {
		var org = data.organisation();
		UUID id = add(org);
		indicators.measure(org.id(), id, new IndicatorMeasurement(LocalDate.of(2025, 12, 31), new BigDecimal("55"), ""));
		String confirm = page(get("/strategy/indicators/{id}/delete", id), org.itManager());
		assertThat(confirm).contains("Poistetaanko mittari?").contains("Mittarin tavoitteet ja sen yksi mitattu arvo")
			.contains("action=\"/strategy/indicators/" + id + "/delete\"");
		mvc.perform(post("/strategy/indicators/{id}/delete", id).with(csrf()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		var other = data.organisation();
		mvc.perform(post("/strategy/indicators/{id}/delete", id).with(csrf()).with(other.itManager().signedIn()))
			.andExpect(status().isNotFound());
		assertThat(indicators.of(org.id())).hasSize(1);

		mvc.perform(post("/strategy/indicators/{id}/delete", id).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/strategy/indicators?deleted"));
		assertThat(indicators.of(org.id())).isEmpty();
		assertThat(page(get("/history/indicator/{id}", id), org.viewer())).contains("Versiohistoria: Mittari")
			.contains("Tämä tieto on poistettu. Sen versiot säilyvät tässä.");
		assertThat(page(get("/admin/audit"), org.administrator())).contains("Mittari poistettiin");
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
				List.of(IndicatorTarget.reaching(IndicatorDirection.HIGHER_IS_BETTER, LocalDate.now().getYear(), new BigDecimal("60"))))).getId();
	}

	private static MockHttpServletRequestBuilder indicatorForm(MockHttpServletRequestBuilder request, UUID goalId,
			String name) {
		return request.with(csrf()).param("goalId", goalId.toString()).param("name", name).param("unit", "%")
			.param("direction", "HIGHER_IS_BETTER").param("cadence", "YEARLY");
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
