package fi.ohjaamo.decisions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.SteeringBodies;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A decision rule is deleted after a confirmation, and the deletion is audited; a body is deleted only while no rule
 * names it and no decision of it is recorded — otherwise the page says what refers to it and offers making it
 * inactive instead.
 */
@IntegrationTest
class RuleAndBodyRemovalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	SteeringBodies bodies;

	@Autowired
	DecisionRules rules;

	@Autowired
	Approvals approvals;

	@Autowired
	JdbcClient jdbc;

	DecisionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DecisionFixtures(data, projects, bodies, rules);
	}

	@Test
	void aRuleIsDeletedAfterItsConfirmationAndTheDeletionAudited() throws Exception {
		var org = data.organisation();
		var rule = fixtures.overAMillion(org, fixtures.boardDivision(org), Analysis.TCO);
		String url = "/decisions/rules/" + rule.getId() + "/delete";

		assertThat(page(get("/decisions/rules"), org.itManager())).contains("href=\"" + url + "\"")
			.contains("Poista sääntö Yli miljoona euroa");
		assertThat(page(get(url), org.itManager())).contains("Poistetaanko sääntö?").contains("Yli miljoona euroa")
			.contains("Jo kirjatut päätökset säilyvät");
		mvc.perform(post(url).with(csrf()).with(org.viewer().signedIn())).andExpect(status().isForbidden());
		assertThat(rules.of(org.id())).hasSize(1);

		mvc.perform(post(url).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(rules.of(org.id())).isEmpty();
		assertThat(page(get("/decisions/rules?deleted"), org.itManager())).contains("Sääntö poistettiin.");
		assertThat(audit(org)).contains("decisions.rule-removed");
		assertThat(page(get("/admin/audit"), org.administrator())).contains("Päätöksentekosääntö poistettiin");
	}

	@Test
	void aBodyARuleOrADecisionNamesIsKeptAndTheOthersDeleted() throws Exception {
		var org = data.organisation();
		var division = fixtures.boardDivision(org);
		var rule = fixtures.overAMillion(org, division);
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		approvals.markAssessed(org.itManager().asUser(), project.getId());
		mvc.perform(post("/projects/" + project.getId() + "/decision/record").with(csrf()).param("outcome", "APPROVED")
			.param("decidedOn", "2026-03-12").param("minutesSection", "§ 14").param("diaryNumber", "")
			.param("decisionText", "Hyväksytään.").param("conditions", "").param("link", "")
			.with(org.viewer().signedIn())).andExpect(status().is3xxRedirection());
		String divisionUrl = "/steering/bodies/" + division.getId() + "/delete";

		String refused = page(get(divisionUrl), org.itManager());
		assertThat(refused).contains("Toimielintä ei voi poistaa").contains("Toimielimen nimeää yksi päätöksentekosääntö.")
			.contains("Toimielimelle on kirjattu yksi päätös.").contains("/steering/bodies/" + division.getId() + "/edit")
			.doesNotContain("action=\"" + divisionUrl + "\"");
		rules.remove(org.itManager().asUser(), rule.getId());
		String stillRefused = page(post(divisionUrl).with(csrf()), org.itManager());
		assertThat(stillRefused).contains("Toimielimelle on kirjattu yksi päätös.").doesNotContain("päätöksentekosääntöä");
		assertThat(bodies.of(org.id())).extracting(b -> b.getId()).contains(division.getId());

		var unused = bodies.add(org.id(), new BodyDefinition("Digiryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id()), null, null, true));
		String unusedUrl = "/steering/bodies/" + unused.getId() + "/delete";
		assertThat(page(get("/steering/bodies/" + unused.getId()), org.itManager())).contains("href=\"" + unusedUrl + "\"");
		assertThat(page(get(unusedUrl), org.itManager())).contains("Poistetaanko toimielin?")
			.contains("action=\"" + unusedUrl + "\"");
		mvc.perform(post(unusedUrl).with(csrf()).with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(post(unusedUrl).with(csrf()).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(bodies.of(org.id())).extracting(b -> b.getName()).containsExactly("Tietotekniikkajaosto");
		assertThat(page(get("/steering/bodies?deleted"), org.viewer())).contains("Toimielin poistettiin.")
			.doesNotContain("Digiryhmä");
		assertThat(page(get("/history/steering-body/" + unused.getId()), org.viewer())).contains("Digiryhmä");
		assertThat(audit(org)).contains("steering.body-removed");
	}

	private List<String> audit(TestData.Org org) {
		return jdbc.sql("select action from audit_entry where organisation_id = :org").param("org", org.id())
			.query(String.class).list();
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).replace('\u00a0', ' ');
	}

}
