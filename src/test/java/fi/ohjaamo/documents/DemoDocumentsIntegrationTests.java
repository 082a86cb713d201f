package fi.ohjaamo.documents;

import fi.ohjaamo.DemoTest;
import java.util.Locale;

import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.PlanStatus;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.strategy.Strategies;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality's documents: the summary a manager would print fits one page in every language. */
@DemoTest
class DemoDocumentsIntegrationTests {

	/** The demo's municipality (the demo module keeps its names to itself). */
	static final String MUNICIPALITY = "Kuusijärven kaupunki";

	@Autowired
	Organisations organisations;

	@Autowired
	Strategies strategies;

	@Autowired
	PortfolioSummary summary;

	@Autowired
	StrategyDocument strategy;

	@Autowired
	ActionPlanDocument plan;

	@Autowired
	ActionPlans plans;

	@Autowired
	DocumentFiles files;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@CsvSource({ "fi, Päätöstä odottavat hankkeet, Ylikuormitetut neljännekset", "sv, Projekt som väntar på beslut, "
			+ "Överbelastade kvartal", "en, Projects awaiting a decision, Overloaded quarters" })
	void portfolioSummaryOfTheDemoMunicipalityFitsOnePage(String language, String awaiting, String overloads)
			throws Exception {
		var municipality = organisations.named(MUNICIPALITY).orElseThrow();
		var document = summary.of(municipality.getId(), municipality.getName(),
				new Words(messages, Locale.of(language)));
		try (var pdf = Loader.loadPDF(files.render(document, DocumentFormat.PDF))) {
			String text = DocumentRenderingTests.text(new PDFTextStripper(), pdf);
			assertThat(pdf.getNumberOfPages()).as(text).isEqualTo(1);
			assertThat(text).contains(MUNICIPALITY, awaiting, overloads)
				.as("the demo's capacity is set so that a quarter is overloaded")
				.containsPattern("Q\\d/20\\d\\d");
		}
	}

	@Test
	void demoStrategyReadsAsADocumentWithGoalsSwotAndIndicators() throws Exception {
		var municipality = organisations.named(MUNICIPALITY).orElseThrow();
		var current = strategies.current(municipality.getId()).orElseThrow();
		var document = strategy.of(municipality.getId(), current.getId(), municipality.getName(),
				new Words(messages, Locale.of("fi")));
		try (var pdf = Loader.loadPDF(files.render(document, DocumentFormat.PDF))) {
			String text = DocumentRenderingTests.text(new PDFTextStripper(), pdf);
			assertThat(text).contains(current.getName(), "Sisällys", "1 Visio", "Toimenpiteet", "Vastuutaho",
					"SWOT-analyysi", "Vahvuudet", "Uhat", "Mittarit", "Viimeisin arvo");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
		}
	}

	@Test
	void demoApprovedPlanReadsLikeAMunicipalActionPlan() throws Exception {
		var municipality = organisations.named(MUNICIPALITY).orElseThrow();
		var approved = plans.of(municipality.getId())
			.stream()
			.filter(p -> p.getStatus() == PlanStatus.APPROVED)
			.findFirst()
			.orElseThrow();
		var document = plan.of(municipality.getId(), approved.getId(), municipality.getName(),
				new Words(messages, Locale.of("fi")));
		try (var pdf = Loader.loadPDF(files.render(document, DocumentFormat.PDF))) {
			var stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			assertThat(DocumentRenderingTests.text(stripper, pdf)).contains("Tietohallinnon toimenpidesuunnitelma",
					MUNICIPALITY, "syksy 2025 ja 2026", "Kaupunginhallituksen tietotekniikkajaosto", "§ 38");
			String text = DocumentRenderingTests.text(new PDFTextStripper(), pdf);
			assertThat(text).contains("Sisällys", "Tietohallinnon toimenpidesuunnitelma – syksy 2025 ja 2026 Sivu 3 /",
					"Projektin toteutumisen todennäköisyys arvioidussa aikataulussa",
					"Projektin arvioidut kustannukset (investointi, jatkuvat kustannukset yms.)")
				.containsPattern("\\b2\\.1 \\S+");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
		}
	}

}
