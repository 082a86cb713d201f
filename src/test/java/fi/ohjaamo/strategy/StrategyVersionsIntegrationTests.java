package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.KeptVersion;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.strategy.actions.ActionForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every save of a strategy record keeps a version; anyone in the organisation can list and compare them. */
@IntegrationTest
class StrategyVersionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Versions versions;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas focusAreas;

	@Autowired
	StrategicGoals goals;

	@Autowired
	CityGoals cityGoals;

	@Autowired
	Actions actions;

	@Autowired
	Indicators indicators;

	@Autowired
	SwotAnalyses analyses;

	@Test
	void everyKindOfStrategyRecordKeepsAVersionWithEachWrite() {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "IT-strategia 2025–2028", 2025, 2028, "Visio", "Missio", List.of());
		strategies.makeCurrent(org.id(), strategy.getId());
		var area = focusAreas.add(org.id(), strategy.getId(), "Sujuvat palvelut", "");
		var cityGoal = cityGoals.add(org.id(), "Elinvoimainen kaupunki");
		goals.revise(org.id(), org.goalId(), "Asukaspalvelujen digitalisointi", area.getId(), "Kuvaus", "",
				List.of(cityGoal.getId()), goals.get(org.id(), org.goalId()).getVersion());
		var action = actions.add(org.itManager().asUser(), org.goalId(), ActionForm.blank());
		var indicator = indicators.add(org.id(), new IndicatorDefinition(null, area.getId(), "Asiointien osuus", "%",
				IndicatorDirection.HIGHER_IS_BETTER, null, null, List.of()));
		indicators.measure(org.id(), indicator.getId(),
				new IndicatorMeasurement(LocalDate.of(2025, 12, 31), new BigDecimal("41.5"), "Raportti"));
		var analysis = analyses.add(org.id(), strategy.getId(), "SWOT 2025", null);
		var item = analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.STRENGTH, "Osaava väki", "");

		assertThat(count(org, "strategy", strategy.getId())).as("created, then made current").isEqualTo(2);
		assertThat(count(org, "focus-area", area.getId())).isEqualTo(1);
		assertThat(count(org, "city-goal", cityGoal.getId())).isEqualTo(1);
		assertThat(count(org, "strategic-goal", org.goalId())).as("added, then placed").isEqualTo(2);
		assertThat(count(org, "action", action.getId())).isEqualTo(1);
		assertThat(count(org, "indicator", indicator.getId())).as("defined, then measured").isEqualTo(2);
		assertThat(count(org, "swot-analysis", analysis.getId())).isEqualTo(1);
		assertThat(count(org, "swot-item", item.getId())).isEqualTo(1);

		var goalVersion = versions.of(org.id(), new Subject("strategic-goal", org.goalId())).getFirst();
		assertThat(goalVersion.snapshot().fields()).extracting(f -> f.value())
			.as("linked records are kept by name")
			.contains("Sujuvat palvelut", "Elinvoimainen kaupunki");
		var measured = versions.of(org.id(), new Subject("indicator", indicator.getId())).getFirst();
		assertThat(measured.snapshot().fields()).anySatisfy(f -> {
			assertThat(f.label()).isEqualTo("history.field.measurement");
			assertThat(f.argument()).isEqualTo("2025-12-31");
			assertThat(f.value()).isEqualTo("41.5");
		});
	}

	@Test
	void theVersionListShowsWhoSavedWhenAndWhichFieldsChanged() throws Exception {
		var org = data.organisation();
		var action = actions.add(org.itManager().asUser(), org.goalId(), ActionForm.blank());
		mvc.perform(post("/strategy/actions/{id}", action.getId()).with(csrf())
			.param("description", "Sähköinen asiointi varhaiskasvatukseen")
			.param("responsible", "role")
			.param("role", "tietohallintopäällikkö")
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(action.getVersion()))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String list = page(get("/history/action/{id}", action.getId()), org.viewer());
		assertThat(list).contains("Versiohistoria: Sähköinen asiointi varhaiskasvatukseen")
			.contains("Iida IT")
			.contains("Järjestelmä (esimerkkiaineisto)")
			.contains("Kuvaus, Vastuutaho, Tila")
			.contains("Luotiin")
			.contains("href=\"/strategy/goals/" + org.goalId() + "/actions#action-" + action.getId() + "\"");
		assertThat(versions.of(org.id(), new Subject("action", action.getId())))
			.extracting(KeptVersion::number, KeptVersion::authorName)
			.containsExactly(tuple(2, "Iida IT"), tuple(1, ""));
	}

	@Test
	void theDiffMarksTheChangedWordsAndEscapesWhatWasTyped() throws Exception {
		var org = data.organisation();
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		var item = analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.THREAT, "Osaajien saatavuus heikkenee", "");
		mvc.perform(post("/strategy/swot/{id}/items/{item}", analysis.getId(), item.getId()).with(csrf())
			.param("quadrant", "THREAT")
			.param("description", "Osaajien saatavuus <script>alert(1)</script> heikkenee")
			.param("response", "Kehitetään työnantajakuvaa")
			.param("version", String.valueOf(item.getVersion()))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String diff = mvc.perform(get("/history/swot-item/{id}/diff", item.getId()).param("from", "1").param("to", "2")
			.with(org.viewer().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(diff).contains("Versioiden 1 ja 2 erot")
			.contains("<td>Osaajien saatavuus <ins class=\"diff-added\">&lt;script&gt;alert(1)&lt;/script&gt; </ins>heikkenee</td>")
			.contains("<ins class=\"diff-added\">Kehitet&auml;&auml;n ty&ouml;nantajakuvaa</ins>")
			.doesNotContain("<script>alert")
			.doesNotContain("<th scope=\"row\">Nelikentän osa</th>");
	}

	@Test
	void anotherOrganisationsVersionsAreAsUnknownAsNoneAtAll() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var their = actions.add(theirs.itManager().asUser(), theirs.goalId(), ActionForm.blank());
		for (UUID id : new UUID[] { their.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/history/action/{id}", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(get("/history/action/{id}/diff", id).param("from", "1").param("to", "2")
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		mvc.perform(get("/history/Not_A_Type/{id}", their.getId()).with(theirs.viewer().signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/history/action/{id}/diff", their.getId()).param("from", "1").param("to", "1")
			.with(theirs.viewer().signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/history/action/{id}", their.getId()).with(theirs.viewer().signedIn()))
			.andExpect(status().isOk());
	}

	private int count(TestData.Org org, String type, UUID id) {
		return versions.count(org.id(), new Subject(type, id));
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
