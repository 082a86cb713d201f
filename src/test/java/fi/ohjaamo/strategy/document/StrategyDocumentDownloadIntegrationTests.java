package fi.ohjaamo.strategy.document;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.documents.DownloadedDocuments;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The strategy document as its readers download it: in the chosen language and format, of their own organisation. */
@IntegrationTest
class StrategyDocumentDownloadIntegrationTests {

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

	@Test
	void strategyDocumentHasItsGoalsActionsSwotAndIndicators() throws Exception {
		var org = data.organisation();
		UUID strategy = strategy(org);

		byte[] pdfFile = download(org.viewer(), "/documents/strategies/" + strategy + ".pdf", DownloadedDocuments.PDF);
		try (var pdf = Loader.loadPDF(pdfFile)) {
			String text = DownloadedDocuments.text(new PDFTextStripper(), pdf);
			assertThat(text).contains("Tietohallintostrategia 2026–2029", "Sisällys", "1 Visio",
					"Kuntalaiset asioivat sähköisesti", "2 Toiminta-ajatus", "3 Periaatteet", "Kerran kirjattu tieto",
					"4 Sujuvat palvelut", "4.1 Asukaspalvelujen digitalisointi", "Ajanvarauksen uudistus",
					"Sivistyspalvelut", "Q4/2027", "5 SWOT-analyysi", "Vahvuudet", "Osaava tukipalvelu",
					"Uhat", "Kyberhyökkäykset", "6 Mittarit", "Sähköisen asioinnin osuus", "2027: ≥ 60 %", "42 (")
				.contains("Sivu 3 / ");
		}
		byte[] docxFile = download(org.viewer(), "/documents/strategies/" + strategy + ".docx?language=en",
				DownloadedDocuments.DOCX);
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
				List.of(IndicatorTarget.reaching(IndicatorDirection.HIGHER_IS_BETTER, 2027, new BigDecimal("60")))));
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
