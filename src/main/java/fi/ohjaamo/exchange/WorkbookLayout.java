package fi.ohjaamo.exchange;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * The shape both the export and the template share: the projects sheet with its headings in the chosen language,
 * widths and a frozen heading row, and lists to choose enum values from. The lists live on a hidden sheet because
 * Excel's inline lists allow no commas, which some labels have.
 */
final class WorkbookLayout {

	static final int MAX_VALIDATED_ROW = 5_000;

	private WorkbookLayout() {
	}

	/** The projects sheet with its heading row: the card's columns, then the given extra headings. */
	static Sheet projectsSheet(Workbook workbook, ExchangeLabels labels, Locale locale, List<String> extraHeadings) {
		Sheet sheet = workbook.createSheet(labels.message("exchange.sheet.projects", locale));
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		bold.setWrapText(true);
		Row heading = sheet.createRow(0);
		int index = 0;
		for (var column : ExchangeColumn.values()) {
			var cell = heading.createCell(index);
			cell.setCellValue(labels.heading(column, locale));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(index++, column.width * 256);
		}
		for (String extra : extraHeadings) {
			var cell = heading.createCell(index);
			cell.setCellValue(extra);
			cell.setCellStyle(bold);
			sheet.setColumnWidth(index++, 16 * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/** Drop-down lists of the enum columns' labels, from a hidden sheet of lists. */
	static void addChoiceLists(Workbook workbook, Sheet projects, ExchangeLabels labels, Locale locale) {
		Sheet lists = workbook.createSheet("lists");
		int listColumn = 0;
		int sheetColumn = 0;
		for (var column : ExchangeColumn.values()) {
			if (column.choices != null) {
				var values = column.choices.getEnumConstants();
				for (int i = 0; i < values.length; i++) {
					Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
					row.createCell(listColumn).setCellValue(labels.label(values[i], locale));
				}
				String letter = CellReference.convertNumToColString(listColumn);
				String range = "lists!$" + letter + "$1:$" + letter + "$" + values.length;
				var helper = projects.getDataValidationHelper();
				DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
				var validation = helper.createValidation(constraint,
						new CellRangeAddressList(1, MAX_VALIDATED_ROW, sheetColumn, sheetColumn));
				validation.setShowErrorBox(true);
				projects.addValidationData(validation);
				listColumn++;
			}
			sheetColumn++;
		}
		workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
	}

}
