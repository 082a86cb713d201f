package fi.ohjaamo.actionplan.document;

import java.util.Locale;

import fi.ohjaamo.DemoTest;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.PlanStatus;
import fi.ohjaamo.documents.DocumentFiles;
import fi.ohjaamo.documents.DocumentFormat;
import fi.ohjaamo.documents.DownloadedDocuments;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.organisation.Organisations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality's approved action plan as a document. */
@DemoTest
class DemoActionPlanDocumentIntegrationTests {

	/** The demo's municipality (the demo module keeps its names to itself). */
	static final String MUNICIPALITY = "Kuusijärven kaupunki";

	@Autowired
	Organisations organisations;

	@Autowired
	ActionPlanDocument plan;

	@Autowired
	ActionPlans plans;

	@Autowired
	DocumentFiles files;

	@Autowired
	MessageSource messages;

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
			assertThat(DownloadedDocuments.text(stripper, pdf)).contains("Tietohallinnon toimenpidesuunnitelma",
					MUNICIPALITY, "syksy 2025 ja 2026", "Kaupunginhallituksen tietotekniikkajaosto", "§ 38");
			assertThat(DownloadedDocuments.text(stripper, pdf)).as("the chain of decisions on the title page")
				.containsSubsequence("Hyväksytty: Kaupunginhallituksen tietotekniikkajaosto 13.10.2025 § 38",
						"Hyväksytty: Kunnanhallitus 3.11.2025 § 212, liite 4");
			String text = DownloadedDocuments.text(new PDFTextStripper(), pdf);
			assertThat(text).contains("Sisällys", "Tietohallinnon toimenpidesuunnitelma – syksy 2025 ja 2026 Sivu 3 /",
					"Projektin toteutumisen todennäköisyys arvioidussa aikataulussa",
					"Projektin arvioidut kustannukset (investointi, jatkuvat kustannukset yms.)")
				.containsPattern("\\b2\\.1 \\S+");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
		}
	}

}
