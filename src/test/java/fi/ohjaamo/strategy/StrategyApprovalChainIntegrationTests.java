package fi.ohjaamo.strategy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.documents.DownloadedDocuments;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.strategies.StrategyApproved;
import fi.ohjaamo.strategy.strategies.StrategyDecisionCorrected;
import fi.ohjaamo.strategy.strategies.StrategyDecisionRecorded;
import fi.ohjaamo.strategy.strategies.StrategyDecisionRemoved;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
 * A strategy's approval chain as IT management records it: the board's decision, then the council's, each kept in
 * order, shown, printed and kept in the history; corrected or removed on a page that is not stale.
 */
@IntegrationTest
@RecordApplicationEvents
class StrategyApprovalChainIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Strategies strategies;

	@Test
	void theBoardThenTheCouncilMakeAChainThatTheFirstDecisionApproves(ApplicationEvents events) throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Digistrategia", 2025, 2028, "Visio", "", List.of());

		record(org, strategy, "Kaupunginhallitus", "2025-05-12", false, "201", "", "KH/12/2025",
				"https://example.org/kh-2025-05-12").andExpect(redirectedUrl(
						"/strategy/strategies/" + strategy.getId() + "?approved"));
		var approved = strategies.get(org.id(), strategy.getId());
		assertThat(approved.getStatus()).isEqualTo(StrategyStatus.APPROVED);
		assertThat(approved.getApprovedVersion()).isEqualTo(2);

		record(org, strategy, "Kaupunginvaltuusto", "2025-06-02", false, "45", "3", "", "")
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?decisionRecorded"));

		var chained = strategies.get(org.id(), strategy.getId());
		assertThat(chained.getApprovals()).containsExactly(
				new Approval("Kaupunginhallitus", LocalDate.of(2025, 5, 12), "201", null, "KH/12/2025",
						"https://example.org/kh-2025-05-12"),
				new Approval("Kaupunginvaltuusto", LocalDate.of(2025, 6, 2), "45", "3", null, null));
		// The council's decision approves the same wording: the approval the board made stands as it was.
		assertThat(chained.getStatus()).isEqualTo(StrategyStatus.APPROVED);
		assertThat(chained.getApprovedVersion()).isEqualTo(2);
		assertThat(chained.getApproval().body()).isEqualTo("Kaupunginhallitus");

		String page = page(get("/strategy/strategies/{id}", strategy.getId()), org.viewer());
		assertThat(page).containsSubsequence("Kaupunginhallitus 12.5.2025 § 201", ", Dnro KH/12/2025",
				"Kaupunginvaltuusto 2.6.2025 § 45", ", liite 3");
		assertThat(page).doesNotContain("approvals/edit");
		assertThat(page(get("/history/strategy/{id}/diff?from=2&to=3", strategy.getId()), org.viewer()))
			.contains("Päätös 2: päättäjä", "Kaupunginvaltuusto", "Päätös 2: liite");
		assertThat(events.stream(StrategyApproved.class)).hasSize(1);
		assertThat(events.stream(StrategyDecisionRecorded.class)).singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("Kaupunginvaltuusto"));
	}

	@Test
	void anApprovalRecordedTheOldWayIsAChainOfOneDecision() {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia", 2024, 2027, "", "", List.of());
		strategies.approve(org.id(), strategy.getId(),
				new Approval("Kaupunginhallitus", LocalDate.of(2024, 3, 11), "112", "KH/1/2024", null));
		assertThat(strategies.get(org.id(), strategy.getId()).getApprovals()).containsExactly(
				new Approval("Kaupunginhallitus", LocalDate.of(2024, 3, 11), "112", null, "KH/1/2024", null));
	}

	@Test
	void aDateNotKnownIsSaidSoOnThePageAndInTheDocument() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Vanha strategia", 2016, 2020, "Visio", "", List.of());
		record(org, strategy, "Kaupunginvaltuusto", "", true, "", "", "", "").andExpect(status().is3xxRedirection());

		assertThat(strategies.get(org.id(), strategy.getId()).getApprovals()).singleElement()
			.satisfies(a -> assertThat(a.date()).isNull());
		assertThat(page(get("/strategy/strategies/{id}", strategy.getId()), org.viewer()))
			.contains("Kaupunginvaltuusto päivämäärä ei tiedossa");
		assertThat(pdfText(org, strategy, "fi")).contains("Hyväksytty: Kaupunginvaltuusto päivämäärä ei tiedossa");
		assertThat(pdfText(org, strategy, "sv")).contains("Godkänd: Kaupunginvaltuusto datum okänt");
		assertThat(docxText(org, strategy, "en")).contains("Approved: Kaupunginvaltuusto date not known");
	}

	@Test
	void theDocumentPrintsEveryDecisionInOrder() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Digistrategia", 2025, 2028, "Visio", "", List.of());
		strategies.approve(org.id(), strategy.getId(), new Approval("Kaupunginhallitus", LocalDate.of(2025, 5, 12),
				"201", null, "KH/12/2025", null));
		strategies.approve(org.id(), strategy.getId(), new Approval("Kaupunginvaltuusto", LocalDate.of(2025, 6, 2),
				"45", "3", null, null));

		assertThat(pdfText(org, strategy, "fi")).containsSubsequence(
				"Hyväksytty: Kaupunginhallitus 12.5.2025 § 201, Dnro KH/12/2025",
				"Hyväksytty: Kaupunginvaltuusto 2.6.2025 § 45, liite 3");
		assertThat(docxText(org, strategy, "sv")).containsSubsequence("Godkänd: Kaupunginhallitus",
				"Godkänd: Kaupunginvaltuusto", "45, bilaga 3");
		assertThat(docxText(org, strategy, "en")).containsSubsequence("Approved: Kaupunginhallitus",
				"Approved: Kaupunginvaltuusto", "45, appendix 3");
	}

	@Test
	void aDecisionNeedsABodyADateOrDateNotKnownAndAWebLinkWithTheMessagesNextToTheFields() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia", 2025, 2028, "", "", List.of());
		String refused = HtmlUtils.htmlUnescape(record(org, strategy, "", "", false, "12", "", "", "ftp://example.org")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(refused).containsPattern("id=\"body-error\">\\s*<span>[^<]+</span>")
			.containsPattern("id=\"date-error\">\\s*<span>Anna päätöspäivä tai rastita \"Päivämäärä ei tiedossa\".</span>")
			.containsPattern("id=\"link-error\">\\s*<span>Anna verkko-osoite, joka alkaa http:// tai https://.</span>")
			.contains("value=\"ftp://example.org\"", "value=\"12\"");
		assertThat(strategies.get(org.id(), strategy.getId()).getApprovals()).isEmpty();
	}

	@Test
	void aRecordedDecisionIsCorrectedOnAFreshPageOnlyAndRemovedAfterAConfirmation(ApplicationEvents events)
			throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia", 2025, 2028, "", "", List.of());
		strategies.approve(org.id(), strategy.getId(), new Approval("Kaupunginhallitus", LocalDate.of(2025, 5, 12),
				"201", null, null));
		strategies.approve(org.id(), strategy.getId(), new Approval("Kaupunginvaltuusot", LocalDate.of(2025, 6, 2),
				"45", null, null));
		long seen = strategies.get(org.id(), strategy.getId()).getVersion();
		assertThat(page(get("/strategy/strategies/{id}/approvals/edit?n=1", strategy.getId()), org.itManager()))
			.contains("value=\"Kaupunginvaltuusot\"", "value=\"2025-06-02\"");

		// Someone saved the strategy after the page was opened: nothing is written and the typing is kept.
		strategies.approve(org.id(), strategy.getId(), new Approval("Kaupunginhallitus", LocalDate.of(2025, 6, 9),
				"230", null, null));
		String stale = page(correction(strategy, 1, "Kaupunginvaltuusto", seen), org.itManager());
		assertThat(stale).contains("Joku muu tallensi strategian sillä välin", "value=\"Kaupunginvaltuusto\"");
		assertThat(strategies.get(org.id(), strategy.getId()).getApprovals().get(1).body())
			.isEqualTo("Kaupunginvaltuusot");

		long fresh = strategies.get(org.id(), strategy.getId()).getVersion();
		mvc.perform(correction(strategy, 1, "Kaupunginvaltuusto", fresh).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?decisionCorrected"));
		assertThat(strategies.get(org.id(), strategy.getId()).getApprovals()).extracting(Approval::body)
			.containsExactly("Kaupunginhallitus", "Kaupunginvaltuusto", "Kaupunginhallitus");

		assertThat(page(get("/strategy/strategies/{id}/approvals/remove?n=2", strategy.getId()), org.itManager()))
			.contains("Poistetaanko päätös hyväksyntäketjusta?", "Kaupunginhallitus 9.6.2025", "§ 230");
		mvc.perform(post("/strategy/strategies/{id}/approvals/remove", strategy.getId()).with(csrf())
			.param("n", "2")
			.param("version", String.valueOf(strategies.get(org.id(), strategy.getId()).getVersion()))
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?decisionRemoved"));
		var kept = strategies.get(org.id(), strategy.getId());
		assertThat(kept.getApprovals()).extracting(Approval::body)
			.containsExactly("Kaupunginhallitus", "Kaupunginvaltuusto");
		assertThat(kept.getStatus()).isEqualTo(StrategyStatus.APPROVED);
		assertThat(events.stream(StrategyDecisionCorrected.class)).hasSize(1);
		assertThat(events.stream(StrategyDecisionRemoved.class)).singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("Kaupunginhallitus 2025-06-09"));
	}

	@Test
	void theOnlyDecisionStaysSoTheApprovalIsNeverUndone() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia", 2025, 2028, "", "", List.of());
		strategies.approve(org.id(), strategy.getId(), new Approval("Kaupunginhallitus", LocalDate.of(2025, 5, 12),
				"201", null, null));
		mvc.perform(post("/strategy/strategies/{id}/approvals/remove", strategy.getId()).with(csrf())
			.param("n", "0")
			.param("version", String.valueOf(strategies.get(org.id(), strategy.getId()).getVersion()))
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?lastDecisionStays"));
		assertThat(strategies.get(org.id(), strategy.getId()).getApprovals()).hasSize(1);
	}

	@Test
	void anotherOrganisationsStrategyChainIsUnknown() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia", 2025, 2028, "", "", List.of());
		strategies.approve(org.id(), strategy.getId(), new Approval("Kaupunginhallitus", LocalDate.of(2025, 5, 12),
				"201", null, null));
		long version = strategies.get(org.id(), strategy.getId()).getVersion();

		mvc.perform(post("/strategy/strategies/{id}/approval", strategy.getId()).with(csrf())
			.param("body", "Kaappari").param("date", "2025-06-01")
			.with(other.itManager().signedIn())).andExpect(status().isNotFound());
		mvc.perform(correction(strategy, 0, "Kaappari", version).with(other.itManager().signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/strategy/strategies/{id}/approvals/edit?n=0", strategy.getId())
			.with(other.itManager().signedIn())).andExpect(status().isNotFound());
		mvc.perform(post("/strategy/strategies/{id}/approvals/remove", strategy.getId()).with(csrf())
			.param("n", "0").param("version", String.valueOf(version))
			.with(other.itManager().signedIn())).andExpect(status().isNotFound());
		assertThat(strategies.get(org.id(), strategy.getId()).getApprovals()).extracting(Approval::body)
			.containsExactly("Kaupunginhallitus");
	}

	private org.springframework.test.web.servlet.ResultActions record(TestData.Org org, Strategy strategy,
			String body, String date, boolean dateUnknown, String section, String appendix, String diaryNumber,
			String link) throws Exception {
		var request = post("/strategy/strategies/{id}/approval", strategy.getId()).with(csrf())
			.param("body", body)
			.param("date", date)
			.param("minutesSection", section)
			.param("appendix", appendix)
			.param("diaryNumber", diaryNumber)
			.param("link", link);
		if (dateUnknown) {
			request.param("dateUnknown", "true");
		}
		return mvc.perform(request.with(org.itManager().signedIn()));
	}

	private static MockHttpServletRequestBuilder correction(Strategy strategy, int n, String body, long version) {
		return post("/strategy/strategies/{id}/approvals", strategy.getId()).with(csrf())
			.param("n", String.valueOf(n))
			.param("body", body)
			.param("date", "2025-06-02")
			.param("minutesSection", "45")
			.param("version", String.valueOf(version));
	}

	private String pdfText(TestData.Org org, Strategy strategy, String language) throws Exception {
		byte[] file = download(org, strategy, "pdf", language);
		try (var pdf = Loader.loadPDF(file)) {
			return DownloadedDocuments.text(new PDFTextStripper(), pdf);
		}
	}

	private String docxText(TestData.Org org, Strategy strategy, String language) throws Exception {
		byte[] file = download(org, strategy, "docx", language);
		try (var docx = new XWPFDocument(new ByteArrayInputStream(file));
				var extractor = new XWPFWordExtractor(docx)) {
			return extractor.getText();
		}
	}

	private byte[] download(TestData.Org org, Strategy strategy, String format, String language) throws Exception {
		return mvc.perform(get("/documents/strategies/" + strategy.getId() + "." + format + "?language=" + language)
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
