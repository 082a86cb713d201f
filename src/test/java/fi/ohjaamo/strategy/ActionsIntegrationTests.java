package fi.ohjaamo.strategy;

import java.util.UUID;

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

/** IT management keeps the actions under the goals, with responsible parties and status; everyone reads them. */
@IntegrationTest
class ActionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Actions actions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addsActionsGivenToAUnitARoleOrAPersonAndListsThemWithFilters() throws Exception {
		var org = data.organisation();
		add(org, "Sähköinen asiointi varhaiskasvatukseen", "unit:" + org.unitId(), "", "Q3/2026");
		add(org, "Tietoturvakoulutus koko henkilöstölle", "role", "tietohallintopäällikkö", "2026");
		add(org, "Kirjastojärjestelmän kilpailutus", "person:" + org.viewer().id(), "", "8/2026");

		String goalPage = page(get("/strategy/goals/{id}/actions", org.goalId()), org.viewer());
		assertThat(goalPage).contains("Sähköinen asiointi varhaiskasvatukseen")
			.contains("Sivistyspalvelut / Varhaiskasvatus")
			.contains("tietohallintopäällikkö")
			.contains("Veera Viewer")
			.contains("Q3/2026")
			.doesNotContain("action=\"/strategy/goals/" + org.goalId() + "/actions\"");

		var first = actions.rows(org.id(), org.goalId(), null, null).get(0);
		mvc.perform(post("/strategy/actions/{id}/status", first.id()).with(csrf()).param("status", "IN_PROGRESS")
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/goals/" + org.goalId() + "/actions?statusChanged"));

		String inProgress = page(get("/strategy/actions").param("status", "IN_PROGRESS"), org.viewer());
		assertThat(inProgress).contains("Sähköinen asiointi varhaiskasvatukseen")
			.doesNotContain("Tietoturvakoulutus koko henkilöstölle");
		String ofPerson = page(get("/strategy/actions").param("responsible", "person:" + org.viewer().id()),
				org.viewer());
		assertThat(ofPerson).contains("Kirjastojärjestelmän kilpailutus").doesNotContain("Tietoturvakoulutus");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org order by occurred_at")
			.param("org", org.id())
			.query(String.class)
			.list()).containsSubsequence("strategy.action-added", "strategy.action-added", "strategy.action-added",
					"strategy.action-status-changed");
	}

	@Test
	void refusesMissingTextUnreadableDueAndUndescribedRoleNextToTheField() throws Exception {
		var org = data.organisation();
		String page = page(post("/strategy/goals/{id}/actions", org.goalId()).with(csrf())
			.param("description", " ")
			.param("responsible", "role")
			.param("role", "")
			.param("due", "kesällä")
			.param("status", "NOT_STARTED"), org.itManager());
		assertThat(page).contains("id=\"description-error\"")
			.contains("Täytä tämä kohta.")
			.contains("id=\"role-error\"")
			.contains("id=\"due-error\"")
			.contains("Anna aikataulu muodossa 2025, Q3/2025 tai 8/2025.")
			.contains("value=\"kesällä\"");
		String foreignUnit = page(post("/strategy/goals/{id}/actions", org.goalId()).with(csrf())
			.param("description", "Jotain")
			.param("responsible", "unit:" + data.organisation().unitId())
			.param("status", "NOT_STARTED"), org.itManager());
		assertThat(foreignUnit).contains("id=\"responsible-error\"");
		assertThat(actions.countOf(org.id())).isZero();
	}

	@Test
	void onlyItManagementChangesActions() throws Exception {
		var org = data.organisation();
		add(org, "Toimenpide", "", "", "");
		UUID id = actions.rows(org.id(), null, null, null).get(0).id();
		mvc.perform(post("/strategy/goals/{id}/actions", org.goalId()).with(csrf()).param("description", "X")
			.param("status", "DONE")
			.with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/strategy/actions/{id}/status", id).with(csrf()).param("status", "DONE")
			.with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/strategy/actions/{id}/edit", id).with(org.projectManager().signedIn()))
			.andExpect(status().isForbidden());
		assertThat(actions.get(org.id(), id).getStatus()).isEqualTo(ActionStatus.NOT_STARTED);
	}

	@Test
	void anotherOrganisationsActionsAndGoalsAreNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		add(theirs, "Heidän toimenpiteensä", "", "", "");
		UUID theirAction = actions.rows(theirs.id(), null, null, null).get(0).id();
		for (UUID id : new UUID[] { theirAction, UUID.randomUUID() }) {
			mvc.perform(get("/strategy/actions/{id}/edit", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/strategy/actions/{id}/status", id).with(csrf()).param("status", "DONE")
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		for (UUID id : new UUID[] { theirs.goalId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/goals/{id}/actions", id).with(mine.viewer().signedIn()))
				.andExpect(status().isNotFound());
		}
		assertThat(page(get("/strategy/actions"), mine.viewer())).doesNotContain("Heidän toimenpiteensä");
		assertThat(actions.get(theirs.id(), theirAction).getStatus()).isEqualTo(ActionStatus.NOT_STARTED);
	}

	@Test
	void aSaveBasedOnAnOutdatedViewShowsTheOtherValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		add(org, "Alkuperäinen toimenpide", "", "", "2026");
		var action = actions.rows(org.id(), null, null, null).get(0);
		mvc.perform(post("/strategy/actions/{id}", action.id()).with(csrf())
			.param("description", "Toisen tallentama teksti")
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(action.version()))
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/goals/" + org.goalId() + "/actions?saved"));

		String conflict = page(post("/strategy/actions/{id}", action.id()).with(csrf())
			.param("description", "Minun tekstini")
			.param("status", "DONE")
			.param("version", String.valueOf(action.version())), org.administrator());

		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("Toisen tallentama teksti")
			.contains(">Minun tekstini</textarea>");
		long now = actions.get(org.id(), action.id()).getVersion();
		assertThat(conflict).contains("name=\"version\" value=\"" + now + "\"");
		assertThat(actions.get(org.id(), action.id()).getDescription()).isEqualTo("Toisen tallentama teksti");
	}

	private void add(TestData.Org org, String text, String responsible, String role, String due) throws Exception {
		mvc.perform(post("/strategy/goals/{id}/actions", org.goalId()).with(csrf())
			.param("description", text)
			.param("responsible", responsible)
			.param("role", role)
			.param("due", due)
			.param("status", "NOT_STARTED")
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/goals/" + org.goalId() + "/actions?added"));
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
