package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.strategies.FocusArea;
import fi.ohjaamo.strategy.strategies.Strategy;
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

/** A strategy's focus areas, the goals placed under them and the city-strategy goals they serve. */
@IntegrationTest
class StrategyStructureIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas focusAreas;

	@Autowired
	CityGoals cityGoals;

	@Autowired
	StrategicGoals goals;

	@Test
	void goalsArePlacedUnderFocusAreasAndServeCityGoals() throws Exception {
		var org = data.organisation();
		var strategy = strategy(org);
		mvc.perform(post("/strategy/strategies/{id}/focus-areas", strategy.getId()).with(csrf())
			.param("name", "Sujuvat sähköiset palvelut")
			.param("description", "Asiointi verkossa")
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?focusAreaAdded"));
		mvc.perform(post("/strategy/city-goals").with(csrf()).param("name", "Elinvoimainen kaupunki")
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/city-goals?added"));
		var area = focusAreas.of(org.id(), strategy.getId()).getFirst();
		var cityGoal = cityGoals.of(org.id()).getFirst();
		long version = goals.get(org.id(), org.goalId()).getVersion();

		mvc.perform(post("/strategy/goals/{id}", org.goalId()).with(csrf())
			.param("name", "Asukaspalvelujen digitalisointi")
			.param("focusAreaId", area.getId().toString())
			.param("successFactors", "Palvelumuotoilu ja käyttäjien osallistaminen")
			.param("cityGoalIds", cityGoal.getId().toString())
			.param("version", String.valueOf(version))
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/goals?renamed"));

		var goal = goals.get(org.id(), org.goalId());
		assertThat(goal.getFocusAreaId()).isEqualTo(area.getId());
		assertThat(goal.getCityGoalIds()).containsExactly(cityGoal.getId());
		assertThat(page(get("/strategy/strategies/{id}", strategy.getId()), org.viewer()))
			.contains("Sujuvat sähköiset palvelut", "Asukaspalvelujen digitalisointi",
					"Palvelumuotoilu ja käyttäjien osallistaminen");
		assertThat(page(get("/strategy/goals/{id}/edit", org.goalId()), org.itManager()))
			.contains("Elinvoimainen kaupunki").contains("checked");
	}

	@Test
	void focusAreasMoveUpInOrder() throws Exception {
		var org = data.organisation();
		var strategy = strategy(org);
		focusAreas.add(org.id(), strategy.getId(), "Ensimmäinen", "");
		var second = focusAreas.add(org.id(), strategy.getId(), "Toinen", "");
		mvc.perform(post("/strategy/focus-areas/{id}/up", second.getId()).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(focusAreas.of(org.id(), strategy.getId())).extracting(FocusArea::getName)
			.containsExactly("Toinen", "Ensimmäinen");
	}

	@Test
	void refusesAnUnnamedFocusAreaOrCityGoalNextToTheField() throws Exception {
		var org = data.organisation();
		var strategy = strategy(org);
		assertThat(page(post("/strategy/strategies/{id}/focus-areas", strategy.getId()).with(csrf()).param("name", " "),
				org.itManager())).contains("id=\"name-error\"").contains("Täytä tämä kohta.");
		assertThat(page(post("/strategy/city-goals").with(csrf()).param("name", ""), org.itManager()))
			.contains("id=\"name-error\"");
		assertThat(focusAreas.of(org.id(), strategy.getId())).isEmpty();
		assertThat(cityGoals.of(org.id())).isEmpty();
	}

	@Test
	void aFocusAreaSaveBasedOnAnOutdatedViewShowsTheOtherValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var area = focusAreas.add(org.id(), strategy(org).getId(), "Alkuperäinen", "");
		long seen = area.getVersion();
		mvc.perform(post("/strategy/focus-areas/{id}", area.getId()).with(csrf()).param("name", "Ensimmäisen nimi")
			.param("version", String.valueOf(seen)).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		String conflict = page(post("/strategy/focus-areas/{id}", area.getId()).with(csrf())
			.param("name", "Toisen nimi").param("version", String.valueOf(seen)), org.administrator());
		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">Ensimmäisen nimi</p>")
			.contains("value=\"Toisen nimi\"");
		assertThat(focusAreas.get(org.id(), area.getId()).getName()).isEqualTo("Ensimmäisen nimi");
	}

	@Test
	void othersReadCityGoalsButCannotWriteTheStructure() throws Exception {
		var org = data.organisation();
		cityGoals.add(org.id(), "Hyvinvoiva asukas");
		var area = focusAreas.add(org.id(), strategy(org).getId(), "Alue", "");
		assertThat(page(get("/strategy/city-goals"), org.viewer())).contains("Hyvinvoiva asukas")
			.doesNotContain("action=\"/strategy/city-goals\"");
		mvc.perform(post("/strategy/city-goals").with(csrf()).param("name", "Uusi").with(org.areaEditor().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/strategy/focus-areas/{id}/edit", area.getId()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/strategy/focus-areas/{id}/up", area.getId()).with(csrf()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherOrganisationsFocusAreasAndCityGoalsAreNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var area = focusAreas.add(theirs.id(), strategy(theirs).getId(), "Heidän alueensa", "");
		var theirCityGoal = cityGoals.add(theirs.id(), "Heidän tavoitteensa");
		for (UUID id : new UUID[] { area.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/focus-areas/{id}/edit", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/strategy/focus-areas/{id}", id).with(csrf()).param("name", "Kaapattu").param("version", "0")
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
			mvc.perform(post("/strategy/focus-areas/{id}/up", id).with(csrf()).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
		}
		long version = goals.get(mine.id(), mine.goalId()).getVersion();
		mvc.perform(post("/strategy/goals/{id}", mine.goalId()).with(csrf()).param("name", "Asukaspalvelujen digitalisointi")
			.param("focusAreaId", area.getId().toString()).param("version", String.valueOf(version))
			.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		mvc.perform(post("/strategy/goals/{id}", mine.goalId()).with(csrf()).param("name", "Asukaspalvelujen digitalisointi")
			.param("cityGoalIds", theirCityGoal.getId().toString()).param("version", String.valueOf(version))
			.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		assertThat(page(get("/strategy/city-goals"), mine.viewer())).doesNotContain("Heidän tavoitteensa");
		assertThat(focusAreas.get(theirs.id(), area.getId()).getName()).isEqualTo("Heidän alueensa");
		assertThat(goals.get(mine.id(), mine.goalId()).getFocusAreaId()).isNull();
	}

	private Strategy strategy(TestData.Org org) {
		return strategies.create(org.id(), "Strategia", 2024, 2027, "", "", List.of());
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
