package fi.ohjaamo.decisions;

import java.nio.charset.StandardCharsets;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
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
 * A proposal goes from the rules that apply to it, through its analyses and IT management's assessment, to the
 * decision of the body the rules name, recorded only by that body's members and kept in the card's history.
 */
@IntegrationTest
class ApprovalFlowIntegrationTests {

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
	ProjectFiles files;

	@Autowired
	JdbcClient jdbc;

	DecisionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DecisionFixtures(data, projects, bodies, rules);
	}

	@Test
	void theDecisionPageShowsTheApplicableRuleTheBodyAndWhatIsMissing() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org), Analysis.TCO);
		var large = fixtures.costing(org, "Asiakastietojärjestelmä", "900000", "1200000");
		String page = page(get("/projects/" + large.getId() + "/decision"), org.projectManager());
		assertThat(page).contains("Yli miljoona euroa").contains("Soveltuu").contains("Vaihteluvälistä käytettiin ylärajaa.")
			.contains("Tietotekniikkajaosto").contains("Kokonaiskustannusanalyysi (TCO)");
		var small = fixtures.costing(org, "Tulostimet", "20000", null);
		assertThat(page(get("/projects/" + small.getId() + "/decision"), org.projectManager())).contains("Ei sovellu")
			.contains("Mikään soveltuva sääntö ei nimeä toimielintä.");
		assertThat(page(get("/projects/" + large.getId()), org.viewer())).contains("/projects/" + large.getId() + "/decision");
	}

	@Test
	void missingAnalysesBlockTheAssessmentWithAListOfWhatIsMissing() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org), Analysis.TCO, Analysis.RISK_ASSESSMENT);
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		String refused = page(post("/projects/" + project.getId() + "/decision/assessed").with(csrf()), org.itManager());
		assertThat(refused).contains("Projektia ei voi vielä merkitä arvioiduksi.").contains("Kokonaiskustannusanalyysi (TCO)")
			.contains("Riskiarvio");
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.PROPOSAL);

		mvc.perform(tco(project.getId()).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/projects/" + project.getId() + "/decision/risk").with(csrf()).param("summary", "Toimittajariski")
			.param("link", "").param("madeOn", "2026-03-01").with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/projects/" + project.getId() + "/decision/assessed").with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.ASSESSED);
	}

	@Test
	void theTcoFormShowsProblemsNextToTheFieldsAndKeepsTheInput() throws Exception {
		var org = data.organisation();
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		String page = page(post("/projects/" + project.getId() + "/decision/tco").with(csrf()).param("years", "kolme")
			.param("oneOff", "100000").param("recurringPerYear", "").param("summary", "Arvio")
			.param("link", "ftp://palvelin").param("madeOn", "2026-03-01"), org.itManager());
		assertThat(page).contains("id=\"years-error\"").contains("value=\"kolme\"").contains("id=\"recurringPerYear-error\"")
			.contains("Anna verkko-osoite, joka alkaa http:// tai https://.").contains("value=\"ftp://palvelin\"");
		assertThat(files.analysesOf(org.id(), project.getId())).isEmpty();
		mvc.perform(tco(project.getId()).with(org.viewer().signedIn())).andExpect(status().isForbidden());
	}

	@Test
	void onlyAMemberOfTheNamedBodyRecordsTheDecisionAndItEntersTheCardsHistory() throws Exception {
		var org = data.organisation();
		var division = fixtures.boardDivision(org);
		fixtures.overAMillion(org, division);
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		approvals.markAssessed(org.itManager().asUser(), project.getId());

		// IT management owns the portfolio but does not sit on the division: no form, and a refusal if sent anyway.
		assertThat(page(get("/projects/" + project.getId() + "/decision"), org.itManager()))
			.doesNotContain("/decision/record");
		mvc.perform(decision(project.getId(), "APPROVED").with(org.itManager().signedIn()))
			.andExpect(status().isForbidden());
		assertThat(approvals.decisionsOn(org.id(), project.getId())).isEmpty();

		// The chair is a viewer in the organisation, yet a member of the body.
		assertThat(page(get("/projects/" + project.getId() + "/decision"), org.viewer())).contains("/decision/record");
		mvc.perform(decision(project.getId(), "APPROVED").with(org.viewer().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.APPROVED);
		var latest = projects.latest(org.id(), project.getId());
		assertThat(latest.authorName()).isEqualTo("Veera Viewer");
		assertThat(latest.card().status()).isEqualTo(Status.APPROVED);
		assertThat(projects.history(org.id(), project.getId())).extracting(r -> r.card().status())
			.containsExactly(Status.APPROVED, Status.ASSESSED, Status.PROPOSAL);

		String bodyPage = page(get("/steering/bodies/" + division.getId() + "/decisions"), org.projectManager());
		assertThat(bodyPage).contains("Asiakastietojärjestelmä").contains("§ 14").contains("TIETO/12/2026")
			.contains("Hyväksytään hankkeen toteutus.");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and object_id = :id order by occurred_at")
			.param("org", org.id()).param("id", project.getId().toString()).query(String.class).list())
			.contains("project.status-decided", "decisions.decision-recorded");
	}

	@Test
	void theCardAndItsHistoryShowEachDecisionWithTheBodyDateSectionAndDiaryNumber() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org));
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		approvals.markAssessed(org.itManager().asUser(), project.getId());
		mvc.perform(decision(project.getId(), "RETURNED").with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection());
		approvals.markAssessed(org.itManager().asUser(), project.getId());
		mvc.perform(post("/projects/" + project.getId() + "/decision/record").with(csrf()).param("outcome", "APPROVED")
			.param("decidedOn", "2026-04-09").param("minutesSection", "§ 31").param("diaryNumber", "TIETO/12/2026")
			.param("decisionText", "Hyväksytään.").with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection());

		String card = page(get("/projects/" + project.getId()), org.projectManager());
		assertThat(card).contains("Päätökset")
			.contains("Hyväksytty: Tietotekniikkajaosto 9.4.2026 § 31, dnro TIETO/12/2026")
			.contains("Palautettu valmisteluun: Tietotekniikkajaosto 12.3.2026 § 14, dnro TIETO/12/2026");
		assertThat(card.indexOf("Hyväksytty: Tietotekniikkajaosto")).as("the latest first")
			.isLessThan(card.indexOf("Palautettu valmisteluun: Tietotekniikkajaosto"));

		// The version the approval produced says who decided it, not only that the status changed.
		int approvedVersion = projects.latest(org.id(), project.getId()).number();
		assertThat(approvals.decisionsOn(org.id(), project.getId()).getFirst().getCardRevision())
			.isEqualTo(approvedVersion);
		String history = page(get("/projects/" + project.getId() + "/history"), org.projectManager());
		String approvedRow = history.substring(history.indexOf("id=\"to-" + approvedVersion + "\""));
		approvedRow = approvedRow.substring(0, approvedRow.indexOf("</tr>"));
		assertThat(approvedRow).contains("Tila").contains("Hyväksytty: Tietotekniikkajaosto 9.4.2026 § 31, dnro TIETO/12/2026")
			.doesNotContain("Palautettu");
		assertThat(history).contains("Palautettu valmisteluun: Tietotekniikkajaosto 12.3.2026 § 14");
	}

	@Test
	void aReturnedProposalGoesBackForChangesAndCanBeRejectedLater() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org));
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		approvals.markAssessed(org.itManager().asUser(), project.getId());
		mvc.perform(decision(project.getId(), "RETURNED").with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.PROPOSAL);
		// Not assessed again yet: nothing to decide.
		String early = page(decision(project.getId(), "REJECTED"), org.areaEditor());
		assertThat(early).contains("Projektin tila ei salli tätä vaihetta.");

		approvals.markAssessed(org.itManager().asUser(), project.getId());
		mvc.perform(decision(project.getId(), "REJECTED").with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.REJECTED);
		assertThat(approvals.decisionsOn(org.id(), project.getId())).extracting(ProjectDecision::getOutcome)
			.containsExactly(DecisionOutcome.REJECTED, DecisionOutcome.RETURNED);
	}

	@Test
	void theDecisionFormNeedsTheSectionAndTheText() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org));
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		approvals.markAssessed(org.itManager().asUser(), project.getId());
		String page = page(post("/projects/" + project.getId() + "/decision/record").with(csrf())
			.param("outcome", "APPROVED").param("decidedOn", "2026-03-12").param("minutesSection", " ")
			.param("diaryNumber", "TIETO/12/2026").param("decisionText", ""), org.viewer());
		assertThat(page).contains("id=\"minutesSection-error\"").contains("id=\"decisionText-error\"")
			.contains("value=\"TIETO/12/2026\"");
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.ASSESSED);
	}

	@Test
	void factsDecideWhichFactRulesApplyAndAStaleSaveKeepsTheirValues() throws Exception {
		var org = data.organisation();
		var division = fixtures.boardDivision(org);
		rules.add(org.id(), new RuleDefinition("Henkilötiedot", RuleCondition.PERSONAL_DATA, null, null, null,
				division.getId(), java.util.Set.of(Analysis.RISK_ASSESSMENT)), 1);
		var project = fixtures.costing(org, "Asiakasrekisteri", "10000", null);
		assertThat(approvals.standing(org.itManager().asUser(), project.getId()).body()).isNull();

		mvc.perform(post("/projects/" + project.getId() + "/decision/facts").with(csrf()).param("personalData", "true")
			.param("version", "").with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var standing = approvals.standing(org.itManager().asUser(), project.getId());
		assertThat(standing.body().getName()).isEqualTo("Tietotekniikkajaosto");
		assertThat(standing.missing()).containsExactly(Analysis.RISK_ASSESSMENT);

		String stale = page(post("/projects/" + project.getId() + "/decision/facts").with(csrf())
			.param("crossSector", "true").param("version", ""), org.itManager());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("name=\"merge.choice.personalData\"").contains("name=\"merge.choice.crossSector\"");
		assertThat(files.factsOf(org.id(), project.getId()).isPersonalData()).isTrue();
		assertThat(files.factsOf(org.id(), project.getId()).isCrossSector()).isFalse();
	}

	private static MockHttpServletRequestBuilder tco(java.util.UUID projectId) {
		return post("/projects/" + projectId + "/decision/tco").with(csrf()).param("years", "5")
			.param("oneOff", "1500000").param("recurringPerYear", "120000").param("summary", "Viiden vuoden TCO")
			.param("link", "https://intra.example/tco").param("madeOn", "2026-03-01");
	}

	private static MockHttpServletRequestBuilder decision(java.util.UUID projectId, String outcome) {
		return post("/projects/" + projectId + "/decision/record").with(csrf()).param("outcome", outcome)
			.param("decidedOn", "2026-03-12").param("minutesSection", "§ 14").param("diaryNumber", "TIETO/12/2026")
			.param("decisionText", "Hyväksytään hankkeen toteutus.").param("conditions", "").param("link", "");
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
