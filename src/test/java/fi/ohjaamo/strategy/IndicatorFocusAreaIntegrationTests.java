package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.strategies.FocusArea;
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

/** An indicator measures either a strategic goal or a whole focus area, never neither nor both. */
@IntegrationTest
class IndicatorFocusAreaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Indicators indicators;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas focusAreas;

	@Test
	void anIndicatorOfAFocusAreaIsListedUnderTheFocusArea() throws Exception {
		var org = data.organisation();
		var area = area(org, "Tieto johtamisen tukena");
		mvc.perform(form(post("/strategy/indicators"), "Tietovarastoon liitetyt järjestelmät")
			.param("focusAreaId", area.getId().toString())
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		var indicator = indicators.ofFocusArea(org.id(), area.getId()).getFirst();
		assertThat(indicator.getGoalId()).isNull();
		assertThat(indicators.ofGoal(org.id(), org.goalId())).isEmpty();
		assertThat(page(get("/strategy/indicators"), org.viewer()))
			.contains("Tieto johtamisen tukena</span>\n      <span class=\"hint\">Painopistealue</span>")
			.contains("Tietovarastoon liitetyt järjestelmät")
			.contains("Strateginen tavoite");
		assertThat(page(get("/strategy/indicators/{id}", indicator.getId()), org.viewer())).contains("Painopistealue")
			.contains("Tieto johtamisen tukena");
		assertThat(page(get("/strategy/indicators/new").param("focusArea", area.getId().toString()), org.itManager()))
			.contains("<option value=\"" + area.getId() + "\" selected=\"selected\">Tieto johtamisen tukena</option>");
	}

	@Test
	void neitherOrBothIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
		var org = data.organisation();
		var area = area(org, "Palvelut");
		String neither = page(form(post("/strategy/indicators"), "Asiointien osuus"), org.itManager());
		assertThat(neither).contains("id=\"goalId-error\"")
			.contains("Valitse tavoite tai painopistealue, jota mittari mittaa.")
			.contains("value=\"Asiointien osuus\"");
		String both = page(form(post("/strategy/indicators"), "Asiointien osuus")
			.param("goalId", org.goalId().toString())
			.param("focusAreaId", area.getId().toString()), org.itManager());
		assertThat(both).contains("id=\"focusAreaId-error\"").contains("Valitse vain toinen");
		assertThat(indicators.of(org.id())).isEmpty();
	}

	@Test
	void anotherOrganisationsFocusAreaIsRefused() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var their = area(theirs, "Heidän alue");
		String page = page(form(post("/strategy/indicators"), "Kaapattu").param("focusAreaId", their.getId().toString()),
				mine.itManager());
		assertThat(page).contains("id=\"focusAreaId-error\"");
		assertThat(indicators.of(mine.id())).isEmpty();
		assertThat(indicators.ofFocusArea(mine.id(), their.getId())).isEmpty();
	}

	@Test
	void movingAnIndicatorFromAGoalToAFocusAreaKeepsAVersionSayingSo() throws Exception {
		var org = data.organisation();
		var area = area(org, "Osaava henkilöstö");
		var indicator = indicators.add(org.id(), new IndicatorDefinition(org.goalId(), "Koulutetut", "%",
				IndicatorDirection.HIGHER_IS_BETTER, null, null, List.of()));
		mvc.perform(form(post("/strategy/indicators/{id}", indicator.getId()), "Koulutetut")
			.param("focusAreaId", area.getId().toString())
			.param("version", String.valueOf(indicator.getVersion()))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(indicators.get(org.id(), indicator.getId()).getFocusAreaId()).isEqualTo(area.getId());
		String diff = page(get("/history/indicator/{id}/diff", indicator.getId()).param("from", "1").param("to", "2"),
				org.viewer());
		assertThat(diff).contains("Strateginen tavoite").contains("Asukaspalvelujen digitalisointi")
			.contains("Painopistealue").contains("Osaava henkilöstö");
	}

	private FocusArea area(TestData.Org org, String name) {
		UUID strategyId = strategies.create(org.id(), "IT-strategia", 2025, 2028, "", "", List.of()).getId();
		return focusAreas.add(org.id(), strategyId, name, "");
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name) {
		return request.with(csrf()).param("name", name).param("unit", "kpl").param("direction", "HIGHER_IS_BETTER");
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
