package fi.ohjaamo.prioritisation.document;

import java.util.Locale;

import fi.ohjaamo.DemoTest;
import fi.ohjaamo.documents.DocumentFiles;
import fi.ohjaamo.documents.DocumentFormat;
import fi.ohjaamo.documents.DownloadedDocuments;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.organisation.Organisations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality's documents: the summary a manager would print fits one page in every language. */
@DemoTest
class DemoPortfolioSummaryIntegrationTests {

	/** The demo's municipality (the demo module keeps its names to itself). */
	static final String MUNICIPALITY = "Kuusijärven kaupunki";

	@Autowired
	Organisations organisations;

	@Autowired
	PortfolioSummary summary;

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
			String text = DownloadedDocuments.text(new PDFTextStripper(), pdf);
			assertThat(pdf.getNumberOfPages()).as(text).isEqualTo(1);
			assertThat(text).contains(MUNICIPALITY, awaiting, overloads)
				.as("the demo's capacity is set so that a quarter is overloaded")
				.containsPattern("Q\\d/20\\d\\d");
		}
	}

}
