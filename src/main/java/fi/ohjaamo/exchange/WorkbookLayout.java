package fi.ohjaamo.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * The shape both the export and the template share: the projects sheet and the cost and resource sheets, with
 * their headings in the chosen language, widths and a frozen heading row, and lists to choose enum values from.
 * The lists live on a hidden sheet because Excel's inline lists allow no commas, which some labels have.
 */
final class WorkbookLayout {

	static final int MAX_VALIDATED_ROW = 5_000;

	static final int MAX_VALIDATED_LINE_ROW = 25_000;

	/** A sheet and the enum of each of its columns (null for free text), to offer as drop-down lists. */
	record Choices(Sheet sheet, List<@Nullable Class<? extends Enum<?>>> columns, int lastRow) {
	}

	private WorkbookLayout() {
	}

	/** The projects sheet with its heading row: the card's columns, then the given extra headings. */
	static Sheet projectsSheet(Workbook workbook, CellStyle headingStyle, ExchangeLabels labels, Locale locale,
			List<String> extraHeadings) {
		Sheet sheet = workbook.createSheet(labels.message("exchange.sheet.projects", locale));
		Row heading = sheet.createRow(0);
		int index = 0;
		for (var column : ExchangeColumn.values()) {
			heading(sheet, heading, index++, labels.heading(column, locale), column.width, headingStyle);
		}
		for (String extra : extraHeadings) {
			heading(sheet, heading, index++, extra, 16, headingStyle);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/** A sheet of cost or resource lines with its heading row. */
	static Sheet lineSheet(Workbook workbook, CellStyle headingStyle, ExchangeLabels labels, Locale locale,
			LineSheet kind) {
		Sheet sheet = workbook.createSheet(labels.sheetName(kind, locale));
		Row heading = sheet.createRow(0);
		int index = 0;
		for (var column : kind.columns) {
			heading(sheet, heading, index++, labels.heading(kind, column, locale), column.width, headingStyle);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	static CellStyle headingStyle(Workbook workbook) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		bold.setWrapText(true);
		return bold;
	}

	static Choices projectChoices(Sheet projects) {
		var columns = new ArrayList<@Nullable Class<? extends Enum<?>>>();
		for (var column : ExchangeColumn.values()) {
			columns.add(column.choices);
		}
		return new Choices(projects, columns, MAX_VALIDATED_ROW);
	}

	static Choices lineChoices(Sheet sheet, LineSheet kind) {
		var columns = new ArrayList<@Nullable Class<? extends Enum<?>>>();
		for (var column : kind.columns) {
			columns.add(column.choices);
		}
		return new Choices(sheet, columns, MAX_VALIDATED_LINE_ROW);
	}

	/** Drop-down lists of the enum columns' labels, from a hidden sheet holding each enum's list once. */
	static void addChoiceLists(Workbook workbook, ExchangeLabels labels, Locale locale, List<Choices> sheets) {
		Sheet lists = workbook.createSheet("lists");
		Map<Class<?>, String> ranges = new HashMap<>();
		for (var choices : sheets) {
			var helper = choices.sheet().getDataValidationHelper();
			for (int sheetColumn = 0; sheetColumn < choices.columns().size(); sheetColumn++) {
				var type = choices.columns().get(sheetColumn);
				if (type == null) {
					continue;
				}
				String range = ranges.computeIfAbsent(type, t -> writeList(lists, ranges.size(), t, labels, locale));
				var validation = helper.createValidation(helper.createFormulaListConstraint(range),
						new CellRangeAddressList(1, choices.lastRow(), sheetColumn, sheetColumn));
				validation.setShowErrorBox(true);
				choices.sheet().addValidationData(validation);
			}
		}
		workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
	}

	private static String writeList(Sheet lists, int listColumn, Class<?> type, ExchangeLabels labels, Locale locale) {
		var values = (Enum<?>[]) type.getEnumConstants();
		for (int i = 0; i < values.length; i++) {
			Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
			row.createCell(listColumn).setCellValue(labels.label(values[i], locale));
		}
		String letter = CellReference.convertNumToColString(listColumn);
		return "lists!$" + letter + "$1:$" + letter + "$" + values.length;
	}

	private static void heading(Sheet sheet, Row heading, int index, String text, int width, CellStyle style) {
		var cell = heading.createCell(index);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		sheet.setColumnWidth(index, width * 256);
	}

}
