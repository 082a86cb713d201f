package fi.ohjaamo.decisions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.steering.SteeringBodies;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * A recorded approval is corrected by a new record with the reason, written by a member of the body; the old record
 * stays and is shown as corrected, and the decision itself (the card's status) stands.
 */
@IntegrationTest
class DecisionCorrectionIntegrationTests {

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

	DecisionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DecisionFixtures(data, projects, bodies, rules);
	}

	@Test
	void aMemberCorrectsAnApprovalAndTheOldRecordStaysMarkedCorrected() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org));
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		approvals.markAssessed(org.itManager().asUser(), project.getId());
		var wrong = approvals.record(org.viewer().asUser(), project.getId(), new DecisionRecord(DecisionOutcome.APPROVED,
				LocalDate.of(2026, 3, 12), "§ 83", "TIETO/12/2026", "Hyväksytään.", "", ""));

		String decisionPage = page(get("/projects/{id}/decision", project.getId()), org.viewer());
		String correctionLink = "/projects/" + project.getId() + "/decision?correct=" + wrong.getId() + "#correction";
		String correctionPath = "/projects/" + project.getId() + "/decision/correction";
		assertThat(decisionPage).contains("href=\"" + correctionLink + "\"").doesNotContain("id=\"correction\"");
		assertThat(page(get("/projects/{id}/decision", project.getId()).param("correct", wrong.getId().toString()),
				org.viewer()))
			.contains("Korjaa päätöksen kirjausta")
			.contains("action=\"" + correctionPath + "\"")
			.contains("name=\"decision\" value=\"" + wrong.getId() + "\"")
			.contains("value=\"§ 83\"");
		// Someone outside the body sees no correction link and cannot post one.
		assertThat(page(get("/projects/{id}/decision", project.getId()).param("correct", wrong.getId().toString()),
				org.itManager()))
			.doesNotContain("id=\"correction\"")
			.doesNotContain("href=\"" + correctionLink + "\"");
		mvc.perform(post(correctionPath).with(csrf()).param("decision", wrong.getId().toString())
			.param("decidedOn", "2026-03-12").param("minutesSection", "§ 1")
			.param("decisionText", "X").param("reason", "Y").with(org.itManager().signedIn()))
			.andExpect(status().isForbidden());

		mvc.perform(post(correctionPath).with(csrf()).param("decision", wrong.getId().toString())
			.param("decidedOn", "2026-03-12").param("minutesSection", "§ 38").param("diaryNumber", "TIETO/12/2026")
			.param("decisionText", "Hyväksytään.").param("reason", "Pykälä kirjattiin väärin.")
			.with(org.viewer().signedIn())).andExpect(status().is3xxRedirection());

		var records = approvals.decisionsOn(org.id(), project.getId());
		assertThat(records).hasSize(2);
		var correction = records.getFirst();
		assertThat(correction.getMinutesSection()).isEqualTo("§ 38");
		assertThat(correction.getOutcome()).isEqualTo(DecisionOutcome.APPROVED);
		assertThat(correction.getCorrectsId()).isEqualTo(wrong.getId());
		assertThat(correction.getCorrectionReason()).isEqualTo("Pykälä kirjattiin väärin.");
		assertThat(records.getLast().getMinutesSection()).isEqualTo("§ 83");
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.APPROVED);

		String after = page(get("/projects/{id}/decision", project.getId()), org.viewer());
		assertThat(after).contains("Korjattu – katso uudempi kirjaus")
			.contains("Korjaa aiempaa kirjausta. Syy: Pykälä kirjattiin väärin.")
			.doesNotContain("href=\"" + correctionLink + "\"");
		// The card shows the decision as corrected, not both records.
		assertThat(page(get("/projects/{id}", project.getId()), org.viewer())).contains("§ 38").doesNotContain("§ 83");
	}

	@Test
	void aCorrectionNeedsItsReason() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org));
		var project = fixtures.costing(org, "Asiakastietojärjestelmä", "1500000", null);
		approvals.markAssessed(org.itManager().asUser(), project.getId());
		var decision = approvals.record(org.viewer().asUser(), project.getId(), new DecisionRecord(
				DecisionOutcome.APPROVED, LocalDate.of(2026, 3, 12), "§ 83", "", "Hyväksytään.", "", ""));

		String answer = page(post("/projects/" + project.getId() + "/decision/correction")
			.with(csrf()).param("decision", decision.getId().toString()).param("decidedOn", "2026-03-12")
			.param("minutesSection", "§ 38")
			.param("decisionText", "Hyväksytään.").param("reason", " "), org.viewer());

		assertThat(answer).contains("id=\"reason-error\"").contains("value=\"§ 38\"");
		assertThat(approvals.decisionsOn(org.id(), project.getId())).hasSize(1);
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
