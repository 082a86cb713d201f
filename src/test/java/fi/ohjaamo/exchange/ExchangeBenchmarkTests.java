package fi.ohjaamo.exchange;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.Projects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the spreadsheet exchange at the sizes issue 5 names: an export of 10,000 projects (time and heap
 * growth) and the preview of a 1,000-row import. It prints the numbers for docs/benchmarks.md and asserts only that
 * the work was done, never a time. Run: {@code ./mvnw -B -o verify -Pbenchmark -Dtest=ExchangeBenchmarkTests}.
 */
@Tag("benchmark")
@IntegrationTest
class ExchangeBenchmarkTests {

	static final int EXPORTED = Integer.getInteger("bench.projects", 10_000);

	static final int IMPORTED = Integer.getInteger("bench.rows", 1_000);

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	PortfolioExport export;

	@Autowired
	ProjectImport imports;

	@Test
	void exportsTenThousandProjectsAndPreviewsAThousandRows() throws Exception {
		var org = data.organisation();
		var user = org.itManager().asUser();
		for (int i = 0; i < EXPORTED; i++) {
			projects.create(user, data.card(org, "Mittaushanke " + i + " tietojärjestelmän uusiminen"));
		}
		var locale = Locale.forLanguageTag("fi");
		export.write(user, PortfolioFilter.none(), locale, OutputStream.nullOutputStream());

		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		var peak = new AtomicLong(before);
		var sampler = Thread.ofPlatform().daemon().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				Thread.onSpinWait();
			}
		});
		long started = System.nanoTime();
		int count = export.write(user, PortfolioFilter.none(), locale, OutputStream.nullOutputStream());
		long exportMillis = (System.nanoTime() - started) / 1_000_000;
		sampler.interrupt();
		sampler.join();

		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Kehittämiskohteen nimi", "Omistava palvelualue", "Strategiset tavoitteet",
				"a) Tiedonhallinnan järjestäminen: arvio", "b) Tietoturvallisuus: arvio", "c) Tietojen käsittely: arvio",
				"d) Asianhallinta: arvio", "Alkaa", "Päättyy"));
		for (int i = 0; i < IMPORTED; i++) {
			rows.add(List.of("Tuotava hanke " + i, "Sivistyspalvelut", "Asukaspalvelujen digitalisointi",
					"Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia", "Q1/2026", "2027"));
		}
		byte[] file = Workbooks.of(rows);
		imports.preview(user, file, locale);
		started = System.nanoTime();
		var preview = imports.preview(user, file, locale);
		long importMillis = (System.nanoTime() - started) / 1_000_000;

		System.out.printf("BENCHMARK export of %d projects: %d ms, heap growth at most %d MB%n", count, exportMillis,
				(peak.get() - before) / (1024 * 1024));
		System.out.printf("BENCHMARK preview of %d import rows: %d ms%n", preview.rows().size(), importMillis);
		assertThat(count).isEqualTo(EXPORTED);
		assertThat(preview.committable()).isTrue();
	}

}
