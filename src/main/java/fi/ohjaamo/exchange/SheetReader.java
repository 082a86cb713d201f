package fi.ohjaamo.exchange;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import fi.ohjaamo.shared.ControlCharacters;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;

/**
 * Reads the sheets of a workbook the guard let through, row by row with POI's streaming (SAX) reader, so a large
 * sheet is never held as a document tree; it stops at the first row, column or cell beyond the limits. The first
 * sheet holds the main rows; the others are read only when wanted. Numbers are read as the numbers they are, never as
 * the cell's format shows them ("10000.5", not "10,000.50"), so no language's separators can change an amount. Any
 * failure of the library, Errors included, means the file is rejected, never a broken page.
 */
public final class SheetReader {

	private final ExchangeProperties limits;

	private final WorkbookGuard guard;

	public SheetReader(ExchangeProperties limits) {
		this.limits = limits;
		this.guard = new WorkbookGuard(limits);
	}

	/**
	 * The importer's entry point for bytes from outside: a sheet, or a rejection with its reason.
	 * @throws ImportRejected and nothing else
	 */
	public RawWorkbook read(byte[] file) {
		return read(file, name -> true);
	}

	/**
	 * The first sheet and the other sheets whose names are wanted.
	 * @throws ImportRejected and nothing else
	 */
	public RawWorkbook read(byte[] file, Predicate<String> wanted) {
		guard.check(file);
		try (var pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
			var reader = new XSSFReader(pkg);
			var strings = new ReadOnlySharedStringsTable(pkg, false);
			var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportRejected("exchange.rejected.noRows");
			}
			RawSheet first = null;
			Map<String, RawSheet> others = new LinkedHashMap<>();
			while (sheets.hasNext()) {
				try (var sheet = sheets.next()) {
					String name = sheets.getSheetName();
					if (first != null && !wanted.test(name)) {
						continue;
					}
					var collector = new Collector(first == null ? limits.maxRows() : limits.maxLineRows());
					var parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
							collector, new PlainNumbers(), false));
					parser.parse(new InputSource(sheet));
					if (first == null) {
						first = collector.sheet();
					}
					else if (collector.hasHeadings()) {
						others.putIfAbsent(name, collector.sheet());
					}
				}
			}
			return new RawWorkbook(Objects.requireNonNull(first, "the first sheet is always read"),
					others);
		}
		catch (ImportRejected ex) {
			throw ex;
		}
		catch (Exception | LinkageError | StackOverflowError ex) {
			// POI answers broken or odd files with all sorts of exceptions and even Errors (NoClassDefFoundError).
			throw new ImportRejected("exchange.rejected.unreadable");
		}
	}

	/**
	 * Shows a number as its plain value and a date as 2027-01-30: the cell's own format could hide decimals, add
	 * separators or write the date in the workbook's language (30 Jan 2027).
	 */
	private static final class PlainNumbers extends DataFormatter {

		PlainNumbers() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
			if (Double.isFinite(value) && !DateUtil.isADateFormat(formatIndex, formatString)) {
				return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
			}
			if (DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

	private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final int maxRows;

		private @Nullable Map<Integer, String> headings;

		private final List<RawSheet.Row> rows = new ArrayList<>();

		private Map<Integer, String> current = new LinkedHashMap<>();

		Collector(int maxRows) {
			this.maxRows = maxRows;
		}

		boolean hasHeadings() {
			return headings != null;
		}

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
			if (rows.size() >= maxRows) {
				throw new ImportRejected("exchange.rejected.tooManyRows", maxRows);
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
			// A cell may carry control characters (written _x0001_ in the file); no text keeps them.
			current.put(column, ControlCharacters.strip(formattedValue));
		}

		RawSheet sheet() {
			if (headings == null) {
				throw new ImportRejected("exchange.rejected.noRows");
			}
			return new RawSheet(headings, List.copyOf(rows));
		}

	}

}
