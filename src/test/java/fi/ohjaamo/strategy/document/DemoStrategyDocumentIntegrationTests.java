package fi.ohjaamo.strategy.document;

import java.util.Locale;

import fi.ohjaamo.DemoTest;
import fi.ohjaamo.documents.DocumentFiles;
import fi.ohjaamo.documents.DocumentFormat;
import fi.ohjaamo.documents.DownloadedDocuments;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.strategy.Strategies;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality's strategy as a document. */
@DemoTest
class DemoStrategyDocumentIntegrationTests {

	/** The demo's municipality (the demo module keeps its names to itself). */
	static final String MUNICIPALITY = "Kuusijärven kaupunki";

	@Autowired
	Organisations organisations;

	@Autowired
	Strategies strategies;

	@Autowired
	StrategyDocument strategy;

	@Autowired
	DocumentFiles files;

	@Autowired
	MessageSource messages;

	@Test
	void demoStrategyReadsAsADocumentWithGoalsSwotAndIndicators() throws Exception {
		var municipality = organisations.named(MUNICIPALITY).orElseThrow();
		var current = strategies.current(municipality.getId()).orElseThrow();
		var document = strategy.of(municipality.getId(), current.getId(), municipality.getName(),
				new Words(messages, Locale.of("fi")));
		try (var pdf = Loader.loadPDF(files.render(document, DocumentFormat.PDF))) {
			String text = DownloadedDocuments.text(new PDFTextStripper(), pdf);
			assertThat(text).contains(current.getName(), "Sisällys", "1 Visio", "Toimenpiteet", "Vastuutaho",
					"SWOT-analyysi", "Vahvuudet", "Uhat", "Mittarit", "Viimeisin arvo");
			assertThat(text).as("the board, then the council").containsSubsequence(
					"Hyväksytty: Kaupunginhallitus 12.2.2024 § 38, Dnro KJDno-2023-512",
					"Hyväksytty: Kaupunginvaltuusto 4.3.2024 § 21, liite 2");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
		}
	}

}
