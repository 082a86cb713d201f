package fi.ohjaamo.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the fuzz test's seed corpus: run once with {@code java} from the test classpath when the seeds should change. */
final class FuzzCorpus {

	private FuzzCorpus() {
	}

	public static void main(String[] args) throws IOException {
		var dir = Path.of("src/test/resources/fi/ohjaamo/exchange/SheetReaderFuzzTestsInputs");
		Files.createDirectories(dir);
		byte[] simple = Workbooks.simple();
		Files.write(dir.resolve("simple.xlsx"), simple);
		Files.write(dir.resolve("zstandard.xlsx"), Workbooks.withMethod(simple, 93));
		Files.write(dir.resolve("renamed.html"), "<html><body>1</body></html>".getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("broken-sheet.xlsx"),
				Workbooks.replacing(simple, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row"));
		Files.write(dir.resolve("two-rows.xlsx"), Workbooks.of(List.of(List.of("ID", "Kehittämiskohteen nimi", "Tila"),
				List.of("", "=1+1", "Ehdotus"), List.of("x", "'@a", "Keskeneräinen"))));
		Files.write(dir.resolve("with-lines.xlsx"), SheetReaderTests.withLines());
		Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(simple, simple.length / 2));
	}

}
