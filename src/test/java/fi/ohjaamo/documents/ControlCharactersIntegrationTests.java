package fi.ohjaamo.documents;

import java.io.ByteArrayInputStream;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A control character stored in a text (before input was cleaned, or by a path that forgot) never breaks a
 * document: the summary and the plan are still printed, without the character, in both formats.
 */
@IntegrationTest
class ControlCharactersIntegrationTests {

	/** Stored as older versions let it be (PostgreSQL itself refuses U+0000 in text, so the test leaves it out). */
	private static final String BROKEN = "Kello\u0007soi\u0008 ja\u001B loppui";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ActionPlans plans;

	@Test
	void storedControlCharactersDoNotBreakTheSummaryOrThePlan() throws Exception {
		var org = data.organisation();
		var project = data.project(org, BROKEN);
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma\u0001 2026", "2026", 2026, 2026));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Johdanto\u0002", "Teksti\u0003 ja\ttabulaattori"),
				plan.getVersion());
		plans.choose(org.id(), plan.getId(), project.getId(), plans.get(org.id(), plan.getId()).getVersion());

		for (String url : new String[] { "/documents/portfolio-summary.pdf", "/documents/plans/" + plan.getId() + ".pdf" }) {
			try (var pdf = Loader.loadPDF(download(org, url))) {
				assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).as(url).contains("Kellosoi ja loppui");
			}
		}
		for (String url : new String[] { "/documents/portfolio-summary.docx", "/documents/plans/" + plan.getId() + ".docx" }) {
			try (var docx = new XWPFDocument(new ByteArrayInputStream(download(org, url)));
					var text = new XWPFWordExtractor(docx)) {
				assertThat(text.getText().replaceAll("\\s+", " ")).as(url).contains("Kellosoi ja loppui");
			}
		}
	}

	private byte[] download(TestData.Org org, String url) throws Exception {
		return mvc.perform(get(url).with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
