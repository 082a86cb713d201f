package fi.ohjaamo.exchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;

/**
 * Reads the first sheet of a workbook the guard let through, row by row with POI's streaming (SAX) reader, so a
 * large sheet is never held as a document tree; it stops at the first row, column or cell beyond the limits. Any
 * failure of the library, Errors included, means the file is rejected, never a broken page.
 */
final class SheetReader {

	private final ExchangeProperties limits;

	private final WorkbookGuard guard;

	SheetReader(ExchangeProperties limits) {
		this.limits = limits;
		this.guard = new WorkbookGuard(limits);
	}

	/**
	 * The importer's entry point for bytes from outside: a sheet, or a rejection with its reason.
	 * @throws ImportRejected and nothing else
	 */
	RawSheet read(byte[] file) {
		guard.check(file);
		try (var pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
			var reader = new XSSFReader(pkg);
			var strings = new ReadOnlySharedStringsTable(pkg, false);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportRejected("exchange.rejected.noRows");
			}
			var collector = new Collector();
			try (var sheet = sheets.next()) {
				var parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
						new DataFormatter(java.util.Locale.ROOT), false));
				parser.parse(new InputSource(sheet));
			}
			return collector.sheet();
		}
		catch (ImportRejected ex) {
			throw ex;
		}
		catch (Exception | LinkageError | StackOverflowError ex) {
			// POI answers broken or odd files with all sorts of exceptions and even Errors (NoClassDefFoundError).
			throw new ImportRejected("exchange.rejected.unreadable");
		}
	}

	private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private @Nullable Map<Integer, String> headings;

		private final List<RawSheet.Row> rows = new ArrayList<>();

		private Map<Integer, String> current = new LinkedHashMap<>();

		@Override
		public void startRow(int rowNum) {
			current = new LinkedHashMap<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (current.values().stream().allMatch(String::isBlank)) {
				return;
			}
			if (headings == null) {
				headings = current;
				return;
			}
			if (rows.size() >= limits.maxRows()) {
				throw new ImportRejected("exchange.rejected.tooManyRows", limits.maxRows());
			}
			rows.add(new RawSheet.Row(rowNum + 1, current));
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
			if (reference == null || formattedValue == null) {
				return;
			}
			int column = new CellReference(reference).getCol();
			if (column >= limits.maxColumns()) {
				throw new ImportRejected("exchange.rejected.tooManyColumns", limits.maxColumns());
			}
			if (formattedValue.length() > limits.maxCellChars()) {
				throw new ImportRejected("exchange.rejected.cellTooLong", new CellReference(reference).formatAsString(),
						limits.maxCellChars());
			}
			current.put(column, formattedValue);
		}

		RawSheet sheet() {
			if (headings == null) {
				throw new ImportRejected("exchange.rejected.noRows");
			}
			return new RawSheet(headings, List.copyOf(rows));
		}

	}

}
