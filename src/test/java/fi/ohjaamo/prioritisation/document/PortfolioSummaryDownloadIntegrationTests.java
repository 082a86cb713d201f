package fi.ohjaamo.prioritisation.document;

import java.io.ByteArrayInputStream;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.documents.DocumentExported;
import fi.ohjaamo.documents.DownloadedDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portfolio summary as its readers download it: in the chosen language and format, of their own organisation. */
@IntegrationTest
@RecordApplicationEvents
class PortfolioSummaryDownloadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void portfolioSummaryIsOnePageOfCountsCostsAndProjectsAwaitingDecision(ApplicationEvents events) throws Exception {
		var org = data.organisation();
		data.project(org, "Sähköinen asiointi");
		data.project(org, "Palkkajärjestelmän vaihto");
		var theirs = data.organisation();
		data.project(theirs, "Naapurin hanke");

		byte[] file = download(org.viewer(), "/documents/portfolio-summary.pdf", DownloadedDocuments.PDF);
		try (var pdf = Loader.loadPDF(file)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = DownloadedDocuments.text(new PDFTextStripper(), pdf);
			assertThat(text).contains("Salkun yhteenveto", org.name(), "1 Hankkeet tiloittain", "Ehdotus 2",
					"2 Kustannukset vuosittain", "3 Päätöstä odottavat hankkeet", "Sähköinen asiointi",
					"Palkkajärjestelmän vaihto", "4 Priorisoinnin kärki", "5 Ylikuormitetut neljännekset")
				.doesNotContain("Naapurin hanke");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fi-FI");
		}
		assertThat(events.stream(DocumentExported.class)).singleElement().satisfies(e -> {
			assertThat(e.organisationId()).isEqualTo(org.id());
			assertThat(e.action()).isEqualTo("document.exported");
			assertThat(e.summary()).contains("Salkun yhteenveto", "pdf", "fi");
		});
	}

	@Test
	void theLinkChoosesTheDocumentsLanguageWhateverThePagesLanguage() throws Exception {
		var org = data.organisation();
		data.project(org, "Kielitesti");
		byte[] file = download(org.viewer(), "/documents/portfolio-summary.docx?language=sv", DownloadedDocuments.DOCX);
		try (var docx = new XWPFDocument(new ByteArrayInputStream(file))) {
			var text = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(text).contains("Sammanfattning av portföljen", "1 Projekt enligt status",
					"3 Projekt som väntar på beslut");
			assertThat(docx.getTables().getFirst().getRow(1).getCell(0).getText()).isEqualTo("Förslag");
			assertThat(docx.getStyles().getStyle("Heading1")).isNotNull();
		}
	}

	private byte[] download(TestData.Person person, String url, String contentType) throws Exception {
		return mvc.perform(get(url).with(person.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", contentType))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
