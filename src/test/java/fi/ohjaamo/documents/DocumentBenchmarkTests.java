package fi.ohjaamo.documents;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the renderers at the size issue 5 names: a 100-project action plan (title page, contents, a numbered
 * section per project with its fields and cost table) to PDF (target under 2 s) and to Word (under 1 s). It prints
 * the numbers for docs/benchmarks.md and asserts only that the files were made, never a time. Run:
 * {@code ./mvnw -B -o verify -Pbenchmark -Dtest=DocumentBenchmarkTests}.
 */
@Tag("benchmark")
class DocumentBenchmarkTests {

	static final int PROJECTS = Integer.getInteger("bench.projects", 100);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	@Test
	void rendersAHundredProjectPlanToPdfAndWord() throws Exception {
		var plan = Documents.plan(Locale.of("fi"), PROJECTS);
		var pdfRenderer = Documents.pdfRenderer();
		var docxRenderer = new DocxRenderer();
		pdfRenderer.render(plan, new ByteArrayOutputStream());
		docxRenderer.render(plan, new ByteArrayOutputStream());

		long pdfBest = Long.MAX_VALUE;
		long docxBest = Long.MAX_VALUE;
		byte[] pdf = new byte[0];
		byte[] docx = new byte[0];
		for (int round = 0; round < ROUNDS; round++) {
			var out = new ByteArrayOutputStream();
			long started = System.nanoTime();
			pdfRenderer.render(plan, out);
			pdfBest = Math.min(pdfBest, (System.nanoTime() - started) / 1_000_000);
			pdf = out.toByteArray();
			out = new ByteArrayOutputStream();
			started = System.nanoTime();
			docxRenderer.render(plan, out);
			docxBest = Math.min(docxBest, (System.nanoTime() - started) / 1_000_000);
			docx = out.toByteArray();
		}
		try (var document = Loader.loadPDF(pdf)) {
			System.out.printf("BENCHMARK documents: %d-project plan to PDF best of %d: %d ms (%d pages, %d KB)%n",
					PROJECTS, ROUNDS, pdfBest, document.getNumberOfPages(), pdf.length / 1024);
			assertThat(document.getNumberOfPages()).isGreaterThan(PROJECTS / 4);
		}
		System.out.printf("BENCHMARK documents: %d-project plan to DOCX best of %d: %d ms (%d KB)%n", PROJECTS, ROUNDS,
				docxBest, docx.length / 1024);
		assertThat(docx.length).isGreaterThan(0);
	}

}
