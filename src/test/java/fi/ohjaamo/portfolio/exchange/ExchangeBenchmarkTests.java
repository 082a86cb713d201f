package fi.ohjaamo.portfolio.exchange;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.exchange.Workbooks;
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

	/**
	 * The heap in use right after each full collection asked for during an export: what the export still holds
	 * then, without the garbage that "used heap" also counts. Young collections are left out, since they leave
	 * dead objects in the old generation.
	 */
	private static final class LiveHeap implements NotificationListener {

		private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.map(java.lang.management.MemoryPoolMXBean::getName)
			.collect(java.util.stream.Collectors.toSet());

		private final AtomicLong maxAfterGc = new AtomicLong();

		private final AtomicLong collections = new AtomicLong();

		void start() throws Exception {
			for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).addNotificationListener(this, null, null);
			}
		}

		void stop() throws Exception {
			for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).removeNotificationListener(this);
			}
		}

		@Override
		public void handleNotification(Notification notification, Object handback) {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
				if (!"System.gc()".equals(info.getGcCause())) {
					return;
				}
				long used = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter(pool -> HEAP_POOLS.contains(pool.getKey()))
					.mapToLong(pool -> pool.getValue().getUsed())
					.sum();
				maxAfterGc.accumulateAndGet(used, Math::max);
				collections.incrementAndGet();
			}
		}

		long maxAfterGc() {
			return maxAfterGc.get();
		}

		long collections() {
			return collections.get();
		}

	}

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
		var live = new LiveHeap();
		// Sampled every millisecond, not in a spin: on a two-core machine a spinning sampler takes a core from the export.
		var sampler = Thread.ofPlatform().daemon().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		long started = System.nanoTime();
		int count = export.write(user, PortfolioFilter.none(), locale, OutputStream.nullOutputStream());
		long exportMillis = (System.nanoTime() - started) / 1_000_000;
		sampler.interrupt();
		sampler.join();

		// What the export holds, without garbage: a third export, collected in full every 250 ms (so not timed).
		System.gc();
		long idle = memory.getHeapMemoryUsage().getUsed();
		live.start();
		var collector = Thread.ofPlatform().daemon().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					return;
				}
				System.gc();
			}
		});
		export.write(user, PortfolioFilter.none(), locale, OutputStream.nullOutputStream());
		collector.interrupt();
		collector.join();
		live.stop();

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

		System.out.printf("BENCHMARK export of %d projects: %d ms, heap growth at most %d MB (used, garbage included)%n",
				count, exportMillis, (peak.get() - before) / (1024 * 1024));
		System.out.printf("BENCHMARK export of %d projects: retained heap growth %s (%d full collections during it)%n",
				count, live.collections() == 0 ? "not measured"
						: "at most " + (live.maxAfterGc() - idle) / (1024 * 1024) + " MB",
				live.collections());
		System.out.printf("BENCHMARK preview of %d import rows: %d ms%n", preview.rows().size(), importMillis);
		assertThat(count).isEqualTo(EXPORTED);
		assertThat(preview.committable()).isTrue();
	}

}
