package fi.ohjaamo.exchange;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes arrive, the importer's reading entry point returns a sheet or rejects the file: never another
 * exception, never an Error. In a normal build this replays the corpus in SheetReaderFuzzTestsInputs; with
 * JAZZER_FUZZ=1 it fuzzes for real (see the README).
 */
class SheetReaderFuzzTests {

	private static final SheetReader READER = new SheetReader(new ExchangeProperties(1024 * 1024, 8L * 1024 * 1024,
			100, 200, 1_000, 50, 2_000));

	@FuzzTest(maxDuration = "60s")
	void readsASheetOrRejectsTheFile(byte[] file) {
		try {
			var sheet = READER.read(file);
			assertThat(sheet.first().rows()).hasSizeLessThanOrEqualTo(200);
			sheet.others().values().forEach(other -> assertThat(other.rows()).hasSizeLessThanOrEqualTo(1_000));
		}
		catch (ImportRejected rejected) {
			assertThat(rejected.reason()).startsWith("exchange.rejected.");
		}
	}

}
