package fi.ohjaamo.portfolio.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.exchange.RawWorkbook;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Vat;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cost and resource sheets into lines of the project rows they name: by the project's ID when the line
 * has one, else by its number, always a row of the projects sheet of the same file. A line's cells that cannot be
 * read become problems of its project's row, naming the sheet, the line's row and the column. A row that names its
 * project but nothing else gives no line, so a project's lines can all be removed by leaving just such a row.
 */
final class LineReader {

	private final CardLabels labels;

	private final Locale locale;

	LineReader(CardLabels labels, Locale locale) {
		this.labels = labels;
		this.locale = locale;
	}

	/** The lines of each project row, by the row's number; rows without lines in the file are absent. */
	Map<Integer, ProjectLines> read(RawWorkbook workbook, Map<ExchangeColumn, Integer> projectColumns) {
		var index = new ProjectIndex(workbook.first(), projectColumns);
		Map<Integer, ProjectLines> lines = new HashMap<>();
		workbook.others().forEach((name, sheet) -> labels.lineSheet(name).ifPresent(kind -> {
			var columns = columns(kind, name, sheet);
			for (var row : sheet.rows()) {
				int projectRow = index.rowOf(row, columns, name);
				var given = lines.computeIfAbsent(projectRow, r -> new ProjectLines());
				given.sheetNames.put(kind, name);
				read(kind, name, row, columns, given, projectRow);
			}
		}));
		return lines;
	}

	private Map<LineColumn, Integer> columns(LineSheet kind, String name, RawSheet sheet) {
		var columns = new EnumMap<LineColumn, Integer>(LineColumn.class);
		sheet.headings().forEach((index, heading) -> labels.column(kind, heading).ifPresent(column -> {
			if (columns.putIfAbsent(column, index) != null) {
				throw new ImportRejected("exchange.rejected.duplicateLineColumn", name, heading);
			}
		}));
		if (!columns.containsKey(LineColumn.PROJECT_ID) && !columns.containsKey(LineColumn.PROJECT_NUMBER)) {
			throw new ImportRejected("exchange.rejected.noLineKey", name);
		}
		return columns;
	}

	private void read(LineSheet kind, String sheetName, RawSheet.Row row, Map<LineColumn, Integer> columns,
			ProjectLines given, int projectRow) {
		var cells = new Cells(kind, sheetName, row, columns, given, projectRow);
		if (kind == LineSheet.COSTS) {
			var costs = given.costs == null ? new ArrayList<CostLine>() : given.costs;
			given.costs = costs;
			if (!cells.lineIsEmpty()) {
				boolean unknown = cells.choice(LineColumn.AMOUNT_UNKNOWN, YesNo.class, false)
						== YesNo.YES;
				costs.add(new CostLine(cells.choice(LineColumn.COST_KIND, CostKind.class, true),
						cells.year(LineColumn.FROM_YEAR), cells.year(LineColumn.TO_YEAR), cells.amount(LineColumn.AMOUNT),
						cells.amount(LineColumn.AMOUNT_MAX), unknown, cells.choice(LineColumn.VAT, Vat.class, true),
						cells.text(LineColumn.NOTE)));
				given.costRows.add(row.number());
			}
		}
		else {
			var resources = given.resources == null ? new ArrayList<ResourceLine>() : given.resources;
			given.resources = resources;
			if (!cells.lineIsEmpty()) {
				resources.add(new ResourceLine(cells.choice(LineColumn.PARTY, ResourceParty.class, true),
						cells.choice(LineColumn.EFFORT_UNIT, EffortUnit.class, true), cells.amount(LineColumn.AMOUNT),
						cells.amount(LineColumn.AMOUNT_MAX), cells.text(LineColumn.NOTE)));
				given.resourceRows.add(row.number());
			}
		}
	}

	/** One line row's cells, each read with its problems reported against the project row. */
	private final class Cells {

		private final LineSheet kind;

		private final String sheetName;

		private final RawSheet.Row row;

		private final Map<LineColumn, Integer> columns;

		private final ProjectLines given;

		private final int projectRow;

		Cells(LineSheet kind, String sheetName, RawSheet.Row row, Map<LineColumn, Integer> columns,
				ProjectLines given, int projectRow) {
			this.kind = kind;
			this.sheetName = sheetName;
			this.row = row;
			this.columns = columns;
			this.given = given;
			this.projectRow = projectRow;
		}

		boolean lineIsEmpty() {
			return columns.keySet().stream().filter(c -> !c.key()).allMatch(c -> text(c).isEmpty());
		}

		String text(LineColumn column) {
			Integer index = columns.get(column);
			return index == null ? "" : SpreadsheetText.restore(row.cell(index).strip());
		}

		<E extends Enum<E>> @Nullable E choice(LineColumn column, Class<E> type, boolean required) {
			return labels.choice(type, text(column), required, problem(column));
		}

		@Nullable Integer year(LineColumn column) {
			String text = text(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				return Integer.valueOf(text);
			}
			catch (NumberFormatException ex) {
				problem(column).accept("exchange.problem.notAYear");
				return null;
			}
		}

		/** An amount as the card holds it, in cents; "10 000,50" and "10000.5" are the same. */
		@Nullable BigDecimal amount(LineColumn column) {
			String text = text(column).replaceAll("[\\s\u00a0\u202f€]", "");
			if (text.isEmpty()) {
				return null;
			}
			text = text.contains(".") ? text.replace(",", "") : text.replace(',', '.');
			try {
				var amount = new BigDecimal(text);
				return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount;
			}
			catch (NumberFormatException | ArithmeticException ex) {
				problem(column).accept("exchange.problem.notANumber");
				return null;
			}
		}

		private Consumer<String> problem(LineColumn column) {
			return key -> given.problems.add(new RowProblem(projectRow,
					labels.message("exchange.problem.lineCell", locale, sheetName, row.number(),
							labels.heading(kind, column, locale)),
					labels.message(key, locale, text(column))));
		}

	}

	/** The rows of the projects sheet by ID and by number, to find the project a line names. */
	private final class ProjectIndex {

		private final Map<String, Integer> byId = new HashMap<>();

		private final Map<String, List<Integer>> byNumber = new HashMap<>();

		ProjectIndex(RawSheet projects, Map<ExchangeColumn, Integer> columns) {
			Integer idColumn = columns.get(ExchangeColumn.ID);
			Integer numberColumn = columns.get(ExchangeColumn.NUMBER);
			for (var row : projects.rows()) {
				if (idColumn != null && !row.cell(idColumn).isBlank()) {
					byId.putIfAbsent(row.cell(idColumn).strip().toLowerCase(Locale.ROOT), row.number());
				}
				if (numberColumn != null) {
					String number = SpreadsheetText.restore(row.cell(numberColumn).strip());
					if (!number.isEmpty()) {
						byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(row.number());
					}
				}
			}
		}

		/** @throws ImportRejected when the line names no project row of the file, or more than one */
		int rowOf(RawSheet.Row line, Map<LineColumn, Integer> columns, String sheetName) {
			String id = cell(line, columns, LineColumn.PROJECT_ID).toLowerCase(Locale.ROOT);
			if (!id.isEmpty()) {
				Integer row = byId.get(id);
				if (row == null) {
					throw new ImportRejected("exchange.rejected.lineWithoutProject", sheetName, line.number(), id);
				}
				return row;
			}
			String number = SpreadsheetText.restore(cell(line, columns, LineColumn.PROJECT_NUMBER));
			var rows = byNumber.getOrDefault(number, List.of());
			if (rows.size() != 1) {
				throw new ImportRejected(rows.isEmpty() ? "exchange.rejected.lineWithoutProject"
						: "exchange.rejected.lineAmbiguousNumber", sheetName, line.number(), number);
			}
			return rows.getFirst();
		}

		private static String cell(RawSheet.Row row, Map<LineColumn, Integer> columns, LineColumn column) {
			Integer index = columns.get(column);
			return index == null ? "" : row.cell(index).strip();
		}

	}

}
