package fi.ohjaamo.actionplan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.documents.DownloadedDocuments;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.SteeringBodies;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's approval chain: the first decision approves and freezes the draft, the council's decision follows it
 * without undoing anything; every decision shows on the plan page and prints in the plan document.
 */
@IntegrationTest
@RecordApplicationEvents
class PlanApprovalChainIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ActionPlans plans;

	@Autowired
	Projects projects;

	@Autowired
	SteeringBodies bodies;

	@Test
	void theBoardThenTheCouncilMakeAChainAndTheCouncilLeavesThePlanAsTheBoardFroze(ApplicationEvents events)
			throws Exception {
		var org = data.organisation();
		var board = bodies.add(org.id(), new BodyDefinition("Kaupunginhallitus", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id()), null, null, true));
		var project = data.project(org, "Kasvun kansio");
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.choose(org.id(), plan.getId(), project.getId(), 0);

		record(org, plan, board.getId().toString(), "", "2025-05-12", false, "§ 201", "", "KH/12/2025",
				"https://example.org/kh").andExpect(redirectedUrl("/plans/" + plan.getId() + "?approved"));
		var frozen = plans.get(org.id(), plan.getId());
		var card = projects.latest(org.id(), project.getId()).card();
		projects.revise(org.itManager().asUser(), project.getId(), card.withSchedule("Q1/2027", "Q4/2027", ""), 1);

		assertThat(page(get("/plans/" + plan.getId() + "/approval"), org.itManager()))
			.contains("Seuraava päätös: Suunnitelma", "Kaupunginhallitus 12.5.2025 § 201");
		record(org, plan, "", "Kaupunginvaltuusto", "2025-06-02", false, "§ 45", "3", "", "")
			.andExpect(redirectedUrl("/plans/" + plan.getId() + "?decisionRecorded"));

		var chained = plans.get(org.id(), plan.getId());
		assertThat(chained.getApprovals()).containsExactly(
				new Approval(board.getId(), "Kaupunginhallitus", LocalDate.of(2025, 5, 12), "§ 201", null,
						"KH/12/2025", "https://example.org/kh"),
				new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2025, 6, 2), "§ 45", "3", "", ""));
		assertThat(chained.isApproved()).isTrue();
		assertThat(chained.getApprovedAt()).isEqualTo(frozen.getApprovedAt());
		assertThat(chained.getProjects()).isEqualTo(frozen.getProjects());
		var contents = plans.contents(org.id(), plan.getId(), Locale.of("fi"));
		assertThat(PlanChanges.entries(contents.groups())).allSatisfy(e -> assertThat(e.revision()).isEqualTo(1));

		assertThat(page(get("/plans/" + plan.getId()), org.viewer())).containsSubsequence(
				"Kaupunginhallitus 12.5.2025 § 201", "Dnro KH/12/2025", "Kaupunginvaltuusto 2.6.2025 § 45", "liite 3")
			.doesNotContain("decisions/edit");
		assertThat(events.stream(PlanEvents.ActionPlanApproved.class)).hasSize(1);
		assertThat(events.stream(PlanEvents.ActionPlanDecisionRecorded.class)).singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("Kaupunginvaltuusto § 45"));
		// The board remains a body that approved a plan, so it is kept rather than deleted.
		assertThat(bodies.get(org.id(), board.getId())).isNotNull();
	}

	@Test
	void anApprovalRecordedTheOldWayIsAChainOfOneDecision() {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kunnanhallitus", LocalDate.of(2026, 1, 12),
				"§ 4", "KH/4/2026", null), 0);
		assertThat(plans.get(org.id(), plan.getId()).getApprovals()).containsExactly(
				new Approval(null, "Kunnanhallitus", LocalDate.of(2026, 1, 12), "§ 4", null, "KH/4/2026", null));
	}

	@Test
	void theDocumentPrintsEveryDecisionAndADateNotKnown() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma 2026", "2026", 2026, 2026));
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginhallitus", LocalDate.of(2025, 5, 12),
				"§ 201", null, "KH/12/2025", null), 0);
		record(org, plan, "", "Kaupunginvaltuusto", "", true, "§ 45", "3", "", "")
			.andExpect(status().is3xxRedirection());

		assertThat(page(get("/plans/" + plan.getId()), org.viewer()))
			.contains("Kaupunginvaltuusto päivämäärä ei tiedossa § 45");
		try (var pdf = Loader.loadPDF(download(org, plan, "pdf", "fi"))) {
			assertThat(DownloadedDocuments.text(new PDFTextStripper(), pdf)).containsSubsequence(
					"Hyväksytty: Kaupunginhallitus 12.5.2025 § 201, Dnro KH/12/2025",
					"Hyväksytty: Kaupunginvaltuusto päivämäärä ei tiedossa § 45, liite 3");
		}
		try (var pdf = Loader.loadPDF(download(org, plan, "pdf", "sv"))) {
			assertThat(DownloadedDocuments.text(new PDFTextStripper(), pdf)).containsSubsequence(
					"Godkänd: Kaupunginhallitus 12.5.2025", "Godkänd: Kaupunginvaltuusto datum okänt");
		}
		try (var docx = new XWPFDocument(new ByteArrayInputStream(download(org, plan, "docx", "en")));
				var text = new XWPFWordExtractor(docx)) {
			assertThat(text.getText()).containsSubsequence("Approved: Kaupunginhallitus",
					"Approved: Kaupunginvaltuusto date not known", "45, appendix 3");
		}
	}

	@Test
	void aDecisionNeedsABodyADateOrDateNotKnownAndAWebLinkWithTheMessagesNextToTheFields() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kunnanhallitus", LocalDate.of(2026, 1, 12),
				"§ 4", null, null), 0);
		String refused = HtmlUtils.htmlUnescape(record(org, plan, "", "", "", false, "§ 9", "2", "", "ftp://x.org")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused)
			.containsPattern("id=\"bodyName-error\">\\s*<span>Valitse toimielin tai kirjoita hyväksyjä.</span>")
			.containsPattern("id=\"date-error\">\\s*<span>Anna päätöspäivä tai rastita \"Päivämäärä ei tiedossa\".</span>")
			.containsPattern("id=\"link-error\">\\s*<span>Anna verkko-osoite, joka alkaa https:// tai http://.</span>")
			.contains("value=\"§ 9\"", "value=\"ftp://x.org\"");
		assertThat(plans.get(org.id(), plan.getId()).getApprovals()).hasSize(1);
	}

	@Test
	void aRecordedDecisionIsCorrectedOnAFreshPageOnlyAndRemovedAfterAConfirmation(ApplicationEvents events)
			throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kunnanhallitus", LocalDate.of(2026, 1, 12),
				"§ 4", null, null), 0);
		plans.recordDecision(org.id(), plan.getId(), new Approval(null, "Valtuustp", LocalDate.of(2026, 2, 2),
				"§ 8", null, null), plans.get(org.id(), plan.getId()).getVersion());
		long seen = plans.get(org.id(), plan.getId()).getVersion();
		assertThat(page(get("/plans/" + plan.getId() + "/decisions/edit?n=1"), org.itManager()))
			.contains("Korjaa hyväksymispäätös: Suunnitelma", "value=\"Valtuustp\"", "value=\"2026-02-02\"");

		plans.recordDecision(org.id(), plan.getId(), new Approval(null, "Kunnanhallitus", LocalDate.of(2026, 2, 9),
				"§ 20", null, null), seen);
		assertThat(page(correction(plan, 1, "Valtuusto", seen), org.itManager()))
			.contains("Toinen käyttäjä muutti suunnitelmaa sillä välin", "value=\"Valtuusto\"");
		assertThat(plans.get(org.id(), plan.getId()).getApprovals().get(1).body()).isEqualTo("Valtuustp");

		mvc.perform(correction(plan, 1, "Valtuusto", plans.get(org.id(), plan.getId()).getVersion())
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/plans/" + plan.getId() + "?decisionCorrected"));
		assertThat(page(get("/plans/" + plan.getId() + "/decisions/remove?n=2"), org.itManager()))
			.contains("Poistetaanko päätös hyväksyntäketjusta?", "Kunnanhallitus 9.2.2026 § 20");
		mvc.perform(post("/plans/" + plan.getId() + "/decisions/remove").with(csrf()).param("n", "2")
			.param("version", String.valueOf(plans.get(org.id(), plan.getId()).getVersion()))
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/plans/" + plan.getId() + "?decisionRemoved"));

		var kept = plans.get(org.id(), plan.getId());
		assertThat(kept.getApprovals()).extracting(Approval::body).containsExactly("Kunnanhallitus", "Valtuusto");
		assertThat(kept.isApproved()).isTrue();
		mvc.perform(post("/plans/" + plan.getId() + "/decisions/remove").with(csrf()).param("n", "0")
			.param("version", "0").with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/plans/" + plan.getId() + "?staleDecision"));
		assertThat(events.stream(PlanEvents.ActionPlanDecisionCorrected.class)).hasSize(1);
		assertThat(events.stream(PlanEvents.ActionPlanDecisionRemoved.class)).singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("Kunnanhallitus § 20"));
	}

	@Test
	void anotherOrganisationsPlanChainIsUnknown() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kunnanhallitus", LocalDate.of(2026, 1, 12),
				"§ 4", null, null), 0);
		long version = plans.get(org.id(), plan.getId()).getVersion();

		mvc.perform(post("/plans/" + plan.getId() + "/approval").with(csrf()).param("bodyName", "Kaappari")
			.param("date", "2026-02-01").param("section", "§ 1").param("version", String.valueOf(version))
			.with(other.itManager().signedIn())).andExpect(status().isNotFound());
		mvc.perform(correction(plan, 0, "Kaappari", version).with(other.itManager().signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/plans/" + plan.getId() + "/decisions/edit?n=0").with(other.itManager().signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/plans/" + plan.getId() + "/decisions/remove").with(csrf()).param("n", "0")
			.param("version", String.valueOf(version)).with(other.itManager().signedIn()))
			.andExpect(status().isNotFound());
		assertThat(plans.get(org.id(), plan.getId()).getApprovals()).extracting(Approval::body)
			.containsExactly("Kunnanhallitus");
	}

	private ResultActions record(TestData.Org org, ActionPlan plan, String bodyId, String bodyName, String date,
			boolean dateUnknown, String section, String appendix, String diaryNumber, String link) throws Exception {
		var request = post("/plans/" + plan.getId() + "/approval").with(csrf())
			.param("bodyId", bodyId)
			.param("bodyName", bodyName)
			.param("date", date)
			.param("section", section)
			.param("appendix", appendix)
			.param("diaryNumber", diaryNumber)
			.param("link", link)
			.param("version", String.valueOf(plans.get(org.id(), plan.getId()).getVersion()));
		if (dateUnknown) {
			request.param("dateUnknown", "true");
		}
		return mvc.perform(request.with(org.itManager().signedIn()));
	}

	private static MockHttpServletRequestBuilder correction(ActionPlan plan, int n, String bodyName, long version) {
		return post("/plans/" + plan.getId() + "/decisions").with(csrf())
			.param("n", String.valueOf(n))
			.param("bodyName", bodyName)
			.param("date", "2026-02-02")
			.param("section", "§ 8")
			.param("version", String.valueOf(version));
	}

	private byte[] download(TestData.Org org, ActionPlan plan, String format, String language) throws Exception {
		return mvc.perform(get("/documents/plans/" + plan.getId() + "." + format + "?language=" + language)
			.with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
