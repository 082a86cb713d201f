package fi.ohjaamo.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile and broken files are turned away with a reason a person understands, before or while POI reads them,
 * and well-formed ones are read as text. Every hostile file is built here, so the suite shows what each attack is.
 */
class SheetReaderTests {

	static final ExchangeProperties LIMITS = new ExchangeProperties(5 * 1024 * 1024, 50L * 1024 * 1024, 100, 5000,
			25000, 100, 10_000);

	final SheetReader reader = new SheetReader(LIMITS);

	@Test
	void readsHeadingsAndRowsWithTheirSpreadsheetRowNumbers() {
		var sheet = reader.read(Workbooks.simple()).first();
		assertThat(sheet.headings()).containsEntry(0, "Kehittämiskohteen nimi").containsEntry(1, "Numero");
		assertThat(sheet.rows()).singleElement().satisfies(row -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.cell(0)).isEqualTo("Sähköinen asiointi");
			assertThat(row.cell(1)).isEqualTo("4.1");
		});
	}

	/** Projects, a cost sheet whose amount's format shows it rounded with a thousands separator, and instructions. */
	static byte[] withLines() {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var projects = workbook.createSheet("Kehittämiskohteet");
			projects.createRow(0).createCell(0).setCellValue("Numero");
			projects.createRow(1).createCell(0).setCellValue("4.1");
			var costs = workbook.createSheet("Kustannukset");
			costs.createRow(0).createCell(0).setCellValue("Summa (€)");
			var amount = costs.createRow(1).createCell(0);
			amount.setCellValue(10000.5);
			var style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			amount.setCellStyle(style);
			workbook.createSheet("Ohjeet").createRow(0).createCell(0).setCellValue("Ohje");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void readsNumbersAsTheirValueWhateverTheCellFormatShowsAndTheWantedSheetsByName() {
		var read = reader.read(withLines(), "Kustannukset"::equals);
		assertThat(read.first().rows().getFirst().cell(0)).isEqualTo("4.1");
		assertThat(read.others()).containsOnlyKeys("Kustannukset");
		assertThat(read.others().get("Kustannukset").rows().getFirst().cell(0))
			.as("not \"10,001\" as the format shows it").isEqualTo("10000.5");
	}

	@Test
	void rejectsAnEmptyFile() {
		assertRejected(new byte[0], "exchange.rejected.empty");
	}

	@Test
	void rejectsAnOversizeFile() {
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(Workbooks.simple(), 0, big, 0, 4);
		assertRejected(big, "exchange.rejected.tooLarge");
	}

	@Test
	void rejectsARenamedHtmlOrTextFile() {
		assertRejected("<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>"
			.getBytes(StandardCharsets.UTF_8), "exchange.rejected.notWorkbook");
		assertRejected("Kehittämiskohteen nimi;Numero\nHanke;4.1\n".getBytes(StandardCharsets.UTF_8),
				"exchange.rejected.notWorkbook");
	}

	@Test
	void rejectsAnOldOrEncryptedWorkbook() {
		byte[] ole2 = new byte[512];
		ole2[0] = (byte) 0xD0;
		ole2[1] = (byte) 0xCF;
		ole2[2] = 0x11;
		ole2[3] = (byte) 0xE0;
		assertRejected(ole2, "exchange.rejected.oldOrEncrypted");
	}

	@Test
	void rejectsAZipThatIsNoWorkbook() {
		assertRejected(Workbooks.zip(Map.of("readme.txt", "hei".getBytes(StandardCharsets.UTF_8))),
				"exchange.rejected.notWorkbook");
	}

	@Test
	void rejectsZstandardAndOtherOddCompressionBeforePoiSeesIt() {
		assertRejected(Workbooks.withMethod(Workbooks.simple(), 93), "exchange.rejected.compression");
		assertRejected(Workbooks.withMethod(Workbooks.simple(), 14), "exchange.rejected.compression");
	}

	@Test
	void rejectsAZipBombByItsRatio() {
		var entries = Workbooks.entries(Workbooks.simple());
		entries.put("xl/media/padding.bin", new byte[8 * 1024 * 1024]);
		assertRejected(Workbooks.zip(entries), "exchange.rejected.bomb");
	}

	@Test
	void rejectsAZipBombByItsUnpackedSize() {
		var small = new SheetReader(new ExchangeProperties(5 * 1024 * 1024, 2 * 1024 * 1024, 100, 5000, 25000, 100, 10_000));
		var entries = Workbooks.entries(Workbooks.simple());
		var random = new java.util.Random(7);
		// Letters compress only about twofold, so the ratio alone would let this through.
		var letters = new byte[3 * 1024 * 1024];
		for (int j = 0; j < letters.length; j++) {
			letters[j] = (byte) ('a' + random.nextInt(26));
		}
		entries.put("xl/media/letters.bin", letters);
		var rejected = catchThrowableOfType(ImportRejected.class, () -> small.read(Workbooks.zip(entries)));
		assertThat(rejected.reason()).isEqualTo("exchange.rejected.bomb");
	}

	@Test
	void rejectsMacros() {
		var entries = Workbooks.entries(Workbooks.simple());
		entries.put("xl/vbaProject.bin", new byte[] { 1, 2, 3 });
		assertRejected(Workbooks.zip(entries), "exchange.rejected.macros");
		String types = new String(Workbooks.entries(Workbooks.simple()).get("[Content_Types].xml"), StandardCharsets.UTF_8)
			.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
					"application/vnd.ms-excel.sheet.macroEnabled.main+xml");
		assertRejected(Workbooks.replacing(Workbooks.simple(), "[Content_Types].xml", types), "exchange.rejected.macros");
	}

	@Test
	void rejectsExternalEntitiesWithoutReadingThem() {
		String sheet = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
				<row r="1"><c r="A1" t="inlineStr"><is><t>Kehittämiskohteen nimi</t></is></c></row>
				<row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row>
				</sheetData></worksheet>""";
		assertRejected(Workbooks.replacing(Workbooks.simple(), "xl/worksheets/sheet1.xml", sheet), "exchange.rejected.unreadable");
	}

	@Test
	void rejectsEntityExpansion() {
		String strings = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
				<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
				<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&d;</t></si></sst>""";
		assertRejected(Workbooks.replacing(Workbooks.simple(), "xl/sharedStrings.xml", strings), "exchange.rejected.unreadable");
	}

	@Test
	void rejectsBrokenXml() {
		assertRejected(Workbooks.replacing(Workbooks.simple(), "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row"),
				"exchange.rejected.unreadable");
	}

	@Test
	void rejectsTooManyRows() {
		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Kehittämiskohteen nimi"));
		for (int i = 0; i <= LIMITS.maxRows(); i++) {
			rows.add(List.of("Hanke " + i));
		}
		assertRejected(Workbooks.of(rows), "exchange.rejected.tooManyRows");
	}

	@Test
	void rejectsTooManyColumns() {
		var heading = new ArrayList<>(Collections.nCopies(LIMITS.maxColumns() + 1, "x"));
		assertRejected(Workbooks.of(List.of(heading, heading)), "exchange.rejected.tooManyColumns");
	}

	@Test
	void rejectsOverlongCells() {
		assertRejected(Workbooks.of(List.of(List.of("Kuvaus"), List.of("a".repeat(LIMITS.maxCellChars() + 1)))),
				"exchange.rejected.cellTooLong");
	}

	@Test
	void rejectsAWorkbookWithoutRows() {
		assertRejected(Workbooks.of(List.of()), "exchange.rejected.noRows");
	}

	private void assertRejected(byte[] file, String reason) {
		var rejected = catchThrowableOfType(ImportRejected.class, () -> reader.read(file));
		assertThat(rejected).as("rejected as " + reason).isNotNull();
		assertThat(rejected.reason()).isEqualTo(reason);
	}

}
