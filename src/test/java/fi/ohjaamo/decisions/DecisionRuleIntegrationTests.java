package fi.ohjaamo.decisions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.ProjectCardRules;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.steering.SteeringBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT management keeps the decision matrix; once a rule names a body, approvals and rejections are no longer set on
 * the card's form.
 */
@IntegrationTest
class DecisionRuleIntegrationTests {

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
	JdbcClient jdbc;

	@Autowired
	ProjectCardRules cardRules;

	DecisionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DecisionFixtures(data, projects, bodies, rules);
	}

	/** The service refuses by itself, so that no page or job that forgets to ask can change the decision matrix. */
	@Test
	void theRulesServiceRefusesEveryoneButThePortfoliosOwners() {
		var org = data.organisation();
		var division = fixtures.boardDivision(org);
		var rule = fixtures.overAMillion(org, division);
		var changed = new RuleDefinition("Kaapattu", RuleCondition.ALWAYS, null, null, null, division.getId(),
				java.util.Set.of());
		for (var person : List.of(org.viewer(), org.projectManager(), org.areaEditor())) {
			var user = person.asUser();
			assertThatThrownBy(() -> rules.add(user, changed, null)).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> rules.redefine(user, rule.getId(), changed, 1, rule.getVersion()))
				.as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> rules.remove(user, rule.getId())).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(rules.of(org.id())).extracting(DecisionRule::getName).containsExactly("Yli miljoona euroa");
		rules.remove(org.administrator().asUser(), rule.getId());
		assertThat(rules.of(org.id())).isEmpty();
	}

	@Test
	void itManagementAddsARuleThatEveryoneReadsInOrder() throws Exception {
		var org = data.organisation();
		var division = fixtures.boardDivision(org);
		mvc.perform(rule(post("/decisions/rules"), "Yli miljoona euroa", "1", "TOTAL_ABOVE", "1000000", "5")
			.param("bodyId", division.getId().toString()).param("required", "IMPACT_ASSESSMENT")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		mvc.perform(rule(post("/decisions/rules"), "TCO suurista muutoksista", "2", "ONE_OFF_ABOVE", "50000", "")
			.param("required", "TCO").with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(rules.of(org.id())).extracting(DecisionRule::getName)
			.containsExactly("Yli miljoona euroa", "TCO suurista muutoksista");
		var first = rules.of(org.id()).getFirst().definition();
		assertThat(first.years()).isEqualTo(5);
		assertThat(first.required()).containsExactly(Analysis.IMPACT_ASSESSMENT);
		String list = page(get("/decisions/rules"), org.viewer());
		assertThat(list).contains("Kokonaiskustannus 5 vuodelta yli").contains("Tietotekniikkajaosto")
			.contains("Kokonaiskustannusanalyysi (TCO)").doesNotContain("/decisions/rules/new");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and action like 'decisions%'")
			.param("org", org.id()).query(String.class).list()).containsOnly("decisions.rule-added").hasSize(2);
	}

	@Test
	void showsEachProblemNextToItsFieldAndKeepsTheInput() throws Exception {
		var org = data.organisation();
		String page = page(rule(post("/decisions/rules"), "Kalliit hankkeet", "1", "TOTAL_ABOVE", "paljon", ""),
				org.itManager());
		assertThat(page).contains("id=\"limit-error\"").contains("value=\"paljon\"")
			.contains("Anna vuosien määrä.").contains("Valitse toimielin tai vähintään yksi vaadittava selvitys.")
			.contains("value=\"Kalliit hankkeet\"");
		String negative = page(rule(post("/decisions/rules"), "Kalliit", "1", "ONE_OFF_ABOVE", "-5", "")
			.param("required", "TCO"), org.itManager());
		assertThat(negative).contains("Arvo ei voi olla negatiivinen.");
		assertThat(rules.of(org.id())).isEmpty();
	}

	@Test
	void onlyAdministratorsAndItManagementEditTheMatrix() throws Exception {
		var org = data.organisation();
		for (var person : List.of(org.viewer(), org.areaEditor(), org.projectManager())) {
			mvc.perform(get("/decisions/rules/new").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(rule(post("/decisions/rules"), "Kaapattu", "1", "ALWAYS", "", "").param("required", "TCO")
				.with(person.signedIn())).andExpect(status().isForbidden());
		}
		assertThat(rules.of(org.id())).isEmpty();
	}

	@Test
	void aStaleSaveShowsTheOtherPersonsValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var division = fixtures.boardDivision(org);
		var rule = fixtures.overAMillion(org, division);
		long seen = rule.getVersion();
		var theirs = rule.definition();
		rules.redefine(org.itManager().asUser(), rule.getId(), new RuleDefinition("Yli kaksi miljoonaa", theirs.condition(),
				new java.math.BigDecimal("2000000"), 5, null, division.getId(), theirs.required()), 1, seen);

		String stale = page(rule(post("/decisions/rules/" + rule.getId()), "Suuret hankkeet", "1", "TOTAL_ABOVE",
				"1500000", "5").param("bodyId", division.getId().toString()).param("version", String.valueOf(seen)),
				org.itManager());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa").contains("Yli kaksi miljoonaa")
			.contains("value=\"Suuret hankkeet\"");
		assertThat(rules.get(org.id(), rule.getId()).getName()).isEqualTo("Yli kaksi miljoonaa");
	}

	@Test
	void onceARuleNamesABodyTheCardFormNoLongerApprovesOrRejects() throws Exception {
		var org = data.organisation();
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "200000", null);
		assertThat(page(get("/projects/" + project.getId() + "/edit"), org.itManager())).contains("value=\"APPROVED\"");

		fixtures.overAMillion(org, fixtures.boardDivision(org));
		String form = page(get("/projects/" + project.getId() + "/edit"), org.itManager());
		assertThat(form).doesNotContain("value=\"APPROVED\"").contains("value=\"ASSESSED\"");
		var approved = projects.get(org.id(), project.getId()).card().withStatus(Status.APPROVED);
		var errors = new org.springframework.validation.BeanPropertyBindingResult(approved, "card");
		cardRules.checkStatusChoice(org.id(), approved, Status.PROPOSAL, errors);
		assertThat(errors.getFieldError("status").getCode()).isEqualTo("portfolio.project.status.decidedByBody");
		assertThatThrownBy(() -> projects.revise(org.itManager().asUser(), project.getId(), approved, 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.PROPOSAL);
	}

	private static MockHttpServletRequestBuilder rule(MockHttpServletRequestBuilder request, String name,
			String position, String condition, String limit, String years) {
		return request.with(csrf()).param("name", name).param("position", position).param("condition", condition)
			.param("limit", limit).param("years", years);
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
