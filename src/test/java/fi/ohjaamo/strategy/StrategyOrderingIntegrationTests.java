package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.KeptVersion;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.strategy.actions.ActionForm;
import fi.ohjaamo.strategy.goals.CityGoal;
import fi.ohjaamo.strategy.strategies.FocusArea;
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

/**
 * Deleting actions, SWOT items and city-strategy goals after a confirmation page, and moving them and focus areas
 * up and down: each audited, each keeping a version.
 */
@IntegrationTest
class StrategyOrderingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Actions actions;

	@Autowired
	SwotAnalyses analyses;

	@Autowired
	CityGoals cityGoals;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas focusAreas;

	@Autowired
	Versions versions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletingAnActionAsksFirstKeepsItsHistoryAndLeavesItsSwotItem() throws Exception {
		var org = data.organisation();
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		var item = analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.WEAKNESS, "Vanhat työasemat",
				"Elinkaarimalli työasemille");
		UUID actionId = analyses.makeAction(org.id(), analysis.getId(), item.getId(), org.goalId());

		String confirm = page(get("/strategy/actions/{id}/delete", actionId), org.itManager());
		assertThat(confirm).contains("Poistetaanko toimenpide?")
			.contains("Elinkaarimalli työasemille")
			.contains("SWOT-analyysin kohdasta ”Vanhat työasemat”. Kohta säilyy")
			.contains("action=\"/strategy/actions/" + actionId + "/delete\"");
		assertThat(actions.countOf(org.id())).as("the confirmation page deletes nothing").isEqualTo(1);

		mvc.perform(post("/strategy/actions/{id}/delete", actionId).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/goals/" + org.goalId() + "/actions?deleted"));
		assertThat(actions.countOf(org.id())).isZero();
		assertThat(analyses.quadrants(org.id(), analysis.getId()).get(SwotQuadrant.WEAKNESS))
			.singleElement()
			.satisfies(row -> assertThat(row.actionId()).isNull());
		assertThat(versions.of(org.id(), new Subject("action", actionId))).extracting(KeptVersion::deleted)
			.containsExactly(true, false);
		assertThat(page(get("/history/action/{id}", actionId), org.viewer())).contains("Poistettiin")
			.contains("Tämä tieto on poistettu");
		assertThat(auditActions(org)).contains("strategy.action-removed");
	}

	@Test
	void deletingASwotItemKeepsTheActionMadeFromItAndOnlyTheLinkGoes() throws Exception {
		var org = data.organisation();
		var analysis = analyses.add(org.id(), null, "SWOT", null);
		var item = analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.THREAT, "Osaajapula", "Työnantajakuva");
		UUID actionId = analyses.makeAction(org.id(), analysis.getId(), item.getId(), org.goalId());

		String confirm = page(get("/strategy/swot/{id}/items/{item}/delete", analysis.getId(), item.getId()),
				org.itManager());
		assertThat(confirm).contains("Kohdasta on tehty toimenpide ”Työnantajakuva” tavoitteelle ”Asukaspalvelujen digitalisointi”. Toimenpide säilyy");

		mvc.perform(post("/strategy/swot/{id}/items/{item}/delete", analysis.getId(), item.getId()).with(csrf())
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/swot/" + analysis.getId() + "?itemDeleted"));
		assertThat(analyses.quadrants(org.id(), analysis.getId()).get(SwotQuadrant.THREAT)).isEmpty();
		assertThat(actions.get(org.id(), actionId).getSwotItemId()).isNull();
		assertThat(versions.of(org.id(), new Subject("action", actionId)).getFirst().snapshot().fields())
			.anySatisfy(f -> {
				assertThat(f.label()).isEqualTo("history.field.swotItem");
				assertThat(f.value()).isEmpty();
			});
		assertThat(versions.of(org.id(), new Subject("swot-item", item.getId())).getFirst().deleted()).isTrue();
		assertThat(auditActions(org)).contains("strategy.swot-item-removed");
	}

	@Test
	void actionsAndSwotItemsMoveWithinTheirGoalAndQuadrant() throws Exception {
		var org = data.organisation();
		var first = actions.add(org.itManager().asUser(), org.goalId(), form("Ensimmäinen"));
		var second = actions.add(org.itManager().asUser(), org.goalId(), form("Toinen"));
		mvc.perform(post("/strategy/actions/{id}/move", second.getId()).with(csrf()).param("direction", "UP")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(actions.rows(org.id(), org.goalId(), null, null)).extracting(ActionRow::description)
			.containsExactly("Toinen", "Ensimmäinen");
		mvc.perform(post("/strategy/actions/{id}/move", second.getId()).with(csrf()).param("direction", "UP")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(actions.rows(org.id(), org.goalId(), null, null)).extracting(ActionRow::description)
			.as("the first stays first")
			.containsExactly("Toinen", "Ensimmäinen");

		var analysis = analyses.add(org.id(), null, "SWOT", null);
		var a = analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.STRENGTH, "A", "");
		analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.THREAT, "Uhka välissä", "");
		analyses.addItem(org.id(), analysis.getId(), SwotQuadrant.STRENGTH, "B", "");
		mvc.perform(post("/strategy/swot/{id}/items/{item}/move", analysis.getId(), a.getId()).with(csrf())
			.param("direction", "DOWN")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(analyses.quadrants(org.id(), analysis.getId()).get(SwotQuadrant.STRENGTH))
			.extracting(SwotItemRow::description)
			.containsExactly("B", "A");
		assertThat(analyses.quadrants(org.id(), analysis.getId()).get(SwotQuadrant.THREAT)).hasSize(1);
		assertThat(auditActions(org)).contains("strategy.action-moved", "strategy.swot-item-moved");
		assertThat(versions.count(org.id(), new Subject("action", second.getId()))).isEqualTo(2);
		assertThat(first.getId()).isNotNull();
	}

	@Test
	void deletingACityGoalRemovesItsLinksAndSaysHowManyGoalsReferredToIt() throws Exception {
		var org = data.organisation();
		var vital = cityGoals.add(org.id(), "Elinvoimainen kaupunki");
		var green = cityGoals.add(org.id(), "Kestävä kaupunki");
		goals.revise(org.id(), org.goalId(), "Asukaspalvelujen digitalisointi", null, "", "",
				List.of(vital.getId(), green.getId()), goals.get(org.id(), org.goalId()).getVersion());

		assertThat(page(get("/strategy/city-goals/{id}/delete", vital.getId()), org.itManager()))
			.contains("Poistetaanko kaupunkistrategian tavoite?")
			.contains("Yksi strateginen tavoite viittaa siihen");
		mvc.perform(post("/strategy/city-goals/{id}/delete", vital.getId()).with(csrf())
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/city-goals?deleted"));
		assertThat(cityGoals.of(org.id())).extracting(CityGoal::getName).containsExactly("Kestävä kaupunki");
		assertThat(goals.get(org.id(), org.goalId()).getCityGoalIds()).containsExactly(green.getId());
		assertThat(auditActions(org)).contains("strategy.city-goal-removed");
		assertThat(versions.of(org.id(), new Subject("city-goal", vital.getId())).getFirst().deleted()).isTrue();
		assertThat(versions.of(org.id(), new Subject("strategic-goal", org.goalId())).getFirst().snapshot().fields())
			.anySatisfy(f -> assertThat(f.value()).isEqualTo("Kestävä kaupunki"));
	}

	@Test
	void cityGoalsAreEditedAndMovedAndAStaleSaveKeepsTheTypedText() throws Exception {
		var org = data.organisation();
		var vital = cityGoals.add(org.id(), "Elinvoimainen kaupunki");
		var green = cityGoals.add(org.id(), "Kestävä kaupunki");
		mvc.perform(post("/strategy/city-goals/{id}/move", green.getId()).with(csrf()).param("direction", "UP")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(cityGoals.of(org.id())).extracting(CityGoal::getName)
			.containsExactly("Kestävä kaupunki", "Elinvoimainen kaupunki");

		long seen = cityGoals.get(org.id(), vital.getId()).getVersion();
		mvc.perform(post("/strategy/city-goals/{id}", vital.getId()).with(csrf())
			.param("name", "Elinvoimainen ja vetovoimainen kaupunki")
			.param("description", "Yritykset ja asukkaat viihtyvät")
			.param("version", String.valueOf(seen))
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/city-goals?saved"));
		String stale = page(post("/strategy/city-goals/{id}", vital.getId()).with(csrf())
			.param("name", "Elävä keskusta")
			.param("description", "")
			.param("version", String.valueOf(seen)), org.administrator());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("<p class=\"merge-value\">Yritykset ja asukkaat viihtyvät</p>")
			.contains("value=\"Elävä keskusta\"");
		String empty = page(post("/strategy/city-goals/{id}", vital.getId()).with(csrf())
			.param("name", " ")
			.param("description", "Kuvaus jää")
			.param("version", String.valueOf(seen + 1)), org.itManager());
		assertThat(empty).contains("id=\"name-error\"").contains(">Kuvaus jää</textarea>");
		assertThat(auditActions(org)).contains("strategy.city-goal-moved", "strategy.city-goal-changed");
		assertThat(page(get("/history/city-goal/{id}/diff", vital.getId()).param("from", "1").param("to", "3"),
				org.viewer())).contains("Yritykset ja asukkaat viihtyvät");
	}

	@Test
	void focusAreasMoveDownAsWellAsUp() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "IT-strategia", 2025, 2028, "", "", List.of());
		var services = focusAreas.add(org.id(), strategy.getId(), "Palvelut", "");
		focusAreas.add(org.id(), strategy.getId(), "Tieto", "");
		mvc.perform(post("/strategy/focus-areas/{id}/down", services.getId()).with(csrf())
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "#focus-areas"));
		assertThat(focusAreas.of(org.id(), strategy.getId())).extracting(FocusArea::getName)
			.containsExactly("Tieto", "Palvelut");
		mvc.perform(post("/strategy/focus-areas/{id}/up", services.getId()).with(csrf()).param("back", "edit")
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/focus-areas/" + services.getId() + "/edit?moved"));
		assertThat(focusAreas.of(org.id(), strategy.getId())).extracting(FocusArea::getName)
			.containsExactly("Palvelut", "Tieto");
		assertThat(versions.count(org.id(), new Subject("focus-area", services.getId()))).isEqualTo(3);
	}

	@Test
	void onlyItManagementDeletesAndMovesAndOtherOrganisationsAreNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var own = actions.add(mine.itManager().asUser(), mine.goalId(), form("Oma"));
		var their = actions.add(theirs.itManager().asUser(), theirs.goalId(), form("Heidän"));
		var theirGoal = cityGoals.add(theirs.id(), "Heidän tavoite");
		mvc.perform(post("/strategy/actions/{id}/delete", own.getId()).with(csrf()).with(mine.viewer().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/strategy/actions/{id}/delete", own.getId()).with(mine.areaEditor().signedIn()))
			.andExpect(status().isForbidden());
		for (UUID id : new UUID[] { their.getId(), UUID.randomUUID() }) {
			mvc.perform(post("/strategy/actions/{id}/delete", id).with(csrf()).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/strategy/actions/{id}/move", id).with(csrf()).param("direction", "UP")
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		mvc.perform(post("/strategy/city-goals/{id}/delete", theirGoal.getId()).with(csrf())
			.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		assertThat(actions.countOf(theirs.id())).isEqualTo(1);
		assertThat(cityGoals.of(theirs.id())).hasSize(1);
	}

	private static ActionForm form(String description) {
		return new ActionForm(description, "", "", "", ActionStatus.NOT_STARTED, "", null);
	}

	private List<String> auditActions(TestData.Org org) {
		return jdbc.sql("select action from audit_entry where organisation_id = :org order by occurred_at")
			.param("org", org.id())
			.query(String.class)
			.list();
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn())).andReturn().getResponse()
			.getContentAsString());
	}

}
