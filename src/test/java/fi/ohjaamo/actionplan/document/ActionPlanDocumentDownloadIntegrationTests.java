package fi.ohjaamo.actionplan.document;

import java.io.ByteArrayInputStream;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.documents.DocumentExported;
import fi.ohjaamo.documents.DownloadedDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The action plan document as its readers download it: in the chosen language and format, of their own organisation. */
@IntegrationTest
@RecordApplicationEvents
class ActionPlanDocumentDownloadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ActionPlans plans;

	@Test
	void actionPlanReadsLikeThePrintedPlanWithTheCardsFieldsInTheTemplatesWording(ApplicationEvents events)
			throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Varhaiskasvatuksen asiakastietojärjestelmä");
		var plan = plans.create(org.id(), new PlanHeading("Tietohallinnon toimenpidesuunnitelma 2026", "2026", 2026,
				2026));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Toimenpidesuunnitelman sisällöstä",
				"Suunnitelma koostuu valituista ja pakollisista kehittämiskohteista."), plan.getVersion());
		plans.choose(org.id(), plan.getId(), project.getId(), plans.get(org.id(), plan.getId()).getVersion());

		byte[] file = download(org.viewer(), "/documents/plans/" + plan.getId() + ".pdf", DownloadedDocuments.PDF);
		try (var pdf = Loader.loadPDF(file)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			var stripper = new PDFTextStripper();
			stripper.setStartPage(3);
			String body = DownloadedDocuments.text(stripper, pdf);
			assertThat(body).startsWith("Tietohallinnon toimenpidesuunnitelma 2026 – 2026 Sivu 3 /")
				.contains("1 Toimenpidesuunnitelman sisällöstä", "valituista ja pakollisista",
						"Varhaiskasvatuksen asiakastietojärjestelmä", "Kuvaus Varhaiskasvatuksen",
						"Taloudellisten ja toiminnallisten muutosvaikutusten arviointi",
						"b) Vaikutukset tietoturvallisuuteen", "Asukaspalvelujen digitalisointi",
						"Aikataulu Q3/2025–Q2/2026", "Projektin toteutumisen todennäköisyys arvioidussa aikataulussa",
						"Projektin aikatauluvastuullinen taho (projektipäällikön asettaja)",
						"Investointi 2025: 10 000–20 000 € (alv 0 %)")
				.containsPattern("2\\.1(\\.1)* Varhaiskasvatuksen asiakastietojärjestelmä");
		}
		byte[] docxFile = download(org.viewer(), "/documents/plans/" + plan.getId() + ".docx?language=en",
				DownloadedDocuments.DOCX);
		try (var docx = new XWPFDocument(new ByteArrayInputStream(docxFile))) {
			assertThat(docx.getHeaderList()).anySatisfy(header -> assertThat(header.getText().strip())
				.isEqualTo("Tietohallinnon toimenpidesuunnitelma 2026 – 2026"));
			assertThat(docx.getTables().getFirst().getRow(0).getCell(0).getText())
				.isEqualTo("Assessment of the economic and operational impact (what changes when the project has been carried out?)");
		}
		assertThat(events.stream(DocumentExported.class)).hasSize(2)
			.allSatisfy(e -> assertThat(e.objectId()).isEqualTo(plan.getId().toString()));
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
