package fi.ohjaamo.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorMeasurement;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.StrategyLine;
import fi.ohjaamo.strategy.StrategyLineKind;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.SwotQuadrant;
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

/** The documents as their readers download them: in the chosen language and format, of their own organisation. */
@IntegrationTest
@RecordApplicationEvents
class DocumentDownloadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas areas;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Actions actions;

	@Autowired
	Indicators indicators;

	@Autowired
	SwotAnalyses swot;

	@Autowired
	ActionPlans plans;

	@Test
	void portfolioSummaryIsOnePageOfCountsCostsAndProjectsAwaitingDecision(ApplicationEvents events) throws Exception {
		var org = data.organisation();
		data.project(org, "Sähköinen asiointi");
		data.project(org, "Palkkajärjestelmän vaihto");
		var theirs = data.organisation();
		data.project(theirs, "Naapurin hanke");

		byte[] file = download(org.viewer(), "/documents/portfolio-summary.pdf", PdfRenderer.CONTENT_TYPE);
		try (var pdf = Loader.loadPDF(file)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = DocumentRenderingTests.text(new PDFTextStripper(), pdf);
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
		byte[] file = download(org.viewer(), "/documents/portfolio-summary.docx?language=sv", DocxRenderer.CONTENT_TYPE);
		try (var docx = new XWPFDocument(new ByteArrayInputStream(file))) {
			var text = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(text).contains("Sammanfattning av portföljen", "1 Projekt enligt status",
					"3 Projekt som väntar på beslut");
			assertThat(docx.getTables().getFirst().getRow(1).getCell(0).getText()).isEqualTo("Förslag");
			assertThat(docx.getStyles().getStyle("Heading1")).isNotNull();
		}
	}

	@Test
	void strategyDocumentHasItsGoalsActionsSwotAndIndicators() throws Exception {
		var org = data.organisation();
		UUID strategy = strategy(org);

		byte[] pdfFile = download(org.viewer(), "/documents/strategies/" + strategy + ".pdf", PdfRenderer.CONTENT_TYPE);
		try (var pdf = Loader.loadPDF(pdfFile)) {
			String text = DocumentRenderingTests.text(new PDFTextStripper(), pdf);
			assertThat(text).contains("Tietohallintostrategia 2026–2029", "Sisällys", "1 Visio",
					"Kuntalaiset asioivat sähköisesti", "2 Toiminta-ajatus", "3 Periaatteet", "Kerran kirjattu tieto",
					"4 Sujuvat palvelut", "4.1 Asukaspalvelujen digitalisointi", "Ajanvarauksen uudistus",
					"Sivistyspalvelut", "Q4/2027", "5 SWOT-analyysi", "Vahvuudet", "Osaava tukipalvelu",
					"Uhat", "Kyberhyökkäykset", "6 Mittarit", "Sähköisen asioinnin osuus", "2027: 60", "42 (")
				.contains("Sivu 3 / ");
		}
		byte[] docxFile = download(org.viewer(), "/documents/strategies/" + strategy + ".docx?language=en",
				DocxRenderer.CONTENT_TYPE);
		try (var docx = new XWPFDocument(new ByteArrayInputStream(docxFile))) {
			var headings = docx.getParagraphs()
				.stream()
				.filter(p -> "Heading1".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsExactly("1 Vision", "2 Mission", "3 Guiding principles", "4 Sujuvat palvelut",
					"5 SWOT analysis", "6 Indicators");
			assertThat(docx.getTables()).anySatisfy(table -> assertThat(table.getRow(0).getCell(1).getText())
				.isEqualTo("Responsible party"));
		}
	}

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

		byte[] file = download(org.viewer(), "/documents/plans/" + plan.getId() + ".pdf", PdfRenderer.CONTENT_TYPE);
		try (var pdf = Loader.loadPDF(file)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			var stripper = new PDFTextStripper();
			stripper.setStartPage(3);
			String body = DocumentRenderingTests.text(stripper, pdf);
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
				DocxRenderer.CONTENT_TYPE);
		try (var docx = new XWPFDocument(new ByteArrayInputStream(docxFile))) {
			assertThat(docx.getHeaderList()).anySatisfy(header -> assertThat(header.getText().strip())
				.isEqualTo("Tietohallinnon toimenpidesuunnitelma 2026 – 2026"));
			assertThat(docx.getTables().getFirst().getRow(0).getCell(0).getText())
				.isEqualTo("Assessment of the economic and operational impact (what changes when the project has been carried out?)");
		}
		assertThat(events.stream(DocumentExported.class)).hasSize(2)
			.allSatisfy(e -> assertThat(e.objectId()).isEqualTo(plan.getId().toString()));
	}

	@Test
	void anotherOrganisationsStrategyIsNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		UUID strategy = strategy(theirs);
		mvc.perform(get("/documents/strategies/" + strategy + ".pdf").with(mine.viewer().signedIn()))
			.andExpect(status().isNotFound());
	}

	private UUID strategy(TestData.Org org) {
		var strategy = strategies.create(org.id(), "Tietohallintostrategia 2026–2029", 2026, 2029,
				"Kuntalaiset asioivat sähköisesti silloin kun haluavat.", "Tietohallinto tukee palveluja.",
				List.of(new StrategyLine(StrategyLineKind.PRINCIPLE, "Kerran kirjattu tieto kulkee palvelusta toiseen.")));
		var area = areas.add(org.id(), strategy.getId(), "Sujuvat palvelut", "Asiointi ilman jonoja.");
		var goal = goals.get(org.id(), org.goalId());
		goals.revise(org.id(), goal.getId(), goal.getName(), area.getId(), "Palvelut verkkoon.", "", List.of(),
				goal.getVersion());
		actions.add(org.id(), org.goalId(), "Ajanvarauksen uudistus", ActionResponsible.unit(org.serviceAreaId()),
				"Q4/2027", ActionStatus.values()[0], "");
		var indicator = indicators.add(org.id(), new IndicatorDefinition(org.goalId(), "Sähköisen asioinnin osuus", "%",
				IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("30"), 2025,
				List.of(new IndicatorTarget(2027, new BigDecimal("60")))));
		indicators.measure(org.id(), indicator.getId(),
				new IndicatorMeasurement(LocalDate.of(2026, 3, 31), new BigDecimal("42"), "Asiointiraportti"));
		var analysis = swot.add(org.id(), strategy.getId(), "Nykytila-analyysi", LocalDate.of(2026, 2, 1));
		swot.addItem(org.id(), analysis.getId(), SwotQuadrant.STRENGTH, "Osaava tukipalvelu", "");
		swot.addItem(org.id(), analysis.getId(), SwotQuadrant.THREAT, "Kyberhyökkäykset", "Varautuminen");
		return strategy.getId();
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
