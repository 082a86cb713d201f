package fi.ohjaamo.actionplan.document;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.documents.DocumentFiles;
import fi.ohjaamo.documents.DocumentFormat;
import fi.ohjaamo.documents.DocumentWarmUp;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.portfolio.Projects;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the documents at the size issue 5 names: a 100-project action plan (title page, contents, each project's
 * card fields) to PDF (target under 2 s) and to Word (under 1 s), from reading the plan to the finished file: the
 * first of each after start (the renderers warmed up at start, as in production) and the best of the later rounds.
 * It prints the numbers for docs/benchmarks.md and asserts only that the files were made, never a time. Run:
 * {@code ./mvnw -B -o verify -Pbenchmark -Dtest=DocumentBenchmarkTests}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = { "ohjaamo.documents.warm-up=true", "ohjaamo.documents.warm-up-delay=0s" })
class DocumentBenchmarkTests {

	static final int PROJECTS = Integer.getInteger("bench.projects", 100);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	ActionPlans plans;

	@Autowired
	ActionPlanDocument document;

	@Autowired
	DocumentFiles files;

	@Autowired
	MessageSource messages;

	@Autowired
	DocumentWarmUp warmUp;

	@Test
	void rendersAHundredProjectPlanToPdfAndWord() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Tietohallinnon toimenpidesuunnitelma", "2026", 2026, 2026));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Toimenpidesuunnitelman sisällöstä",
				"Suunnitelma koostuu valituista ja pakollisista kehittämiskohteista."), plan.getVersion());
		for (int i = 0; i < PROJECTS; i++) {
			var project = projects.create(org.itManager().asUser(),
					data.card(org, "Mittaushanke " + i + " tietojärjestelmän uusiminen"));
			plans.choose(org.id(), plan.getId(), project.getId(), plans.get(org.id(), plan.getId()).getVersion());
		}
		var words = new Words(messages, Locale.of("fi"));
		// The first documents after start, once the start-up warm-up is done, as the first person to download one meets them.
		warmUp.done().get(5, TimeUnit.MINUTES);
		long started = System.nanoTime();
		files.render(document.of(org.id(), plan.getId(), org.name(), words), DocumentFormat.PDF);
		long pdfFirst = (System.nanoTime() - started) / 1_000_000;
		started = System.nanoTime();
		files.render(document.of(org.id(), plan.getId(), org.name(), words), DocumentFormat.DOCX);
		long docxFirst = (System.nanoTime() - started) / 1_000_000;

		long pdfBest = Long.MAX_VALUE;
		long docxBest = Long.MAX_VALUE;
		byte[] pdf = new byte[0];
		byte[] docx = new byte[0];
		for (int round = 0; round < ROUNDS; round++) {
			started = System.nanoTime();
			pdf = files.render(document.of(org.id(), plan.getId(), org.name(), words), DocumentFormat.PDF);
			pdfBest = Math.min(pdfBest, (System.nanoTime() - started) / 1_000_000);
			started = System.nanoTime();
			docx = files.render(document.of(org.id(), plan.getId(), org.name(), words), DocumentFormat.DOCX);
			docxBest = Math.min(docxBest, (System.nanoTime() - started) / 1_000_000);
		}
		try (var file = Loader.loadPDF(pdf)) {
			System.out.printf("BENCHMARK documents: %d-project plan to PDF, best of %d: %d ms (%d pages, %d KB)%n",
					PROJECTS, ROUNDS, pdfBest, file.getNumberOfPages(), pdf.length / 1024);
			System.out.printf("BENCHMARK documents: %d-project plan to PDF, the first after start: %d ms%n", PROJECTS,
					pdfFirst);
			assertThat(file.getNumberOfPages()).isGreaterThan(PROJECTS / 4);
		}
		System.out.printf("BENCHMARK documents: %d-project plan to DOCX, best of %d: %d ms (%d KB)%n", PROJECTS, ROUNDS,
				docxBest, docx.length / 1024);
		System.out.printf("BENCHMARK documents: %d-project plan to DOCX, the first after start: %d ms%n", PROJECTS,
				docxFirst);
		assertThat(docx.length).isGreaterThan(0);
	}

}
