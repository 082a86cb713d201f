package fi.ohjaamo.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * The shape the register's export and the application-list template share: the systems sheet with its columns in
 * the chosen language, then any further headings, and the drop-down lists of its choice columns.
 */
final class RegisterLayout {

	private RegisterLayout() {
	}

	static Sheet systemsSheet(Workbook workbook, CellStyle headingStyle, ExchangeLabels labels, Locale locale,
			List<String> extraHeadings) {
		var headings = new ArrayList<String>();
		var widths = new ArrayList<Integer>();
		for (var column : SystemColumn.values()) {
			headings.add(labels.heading(column, locale));
			widths.add(column.width);
		}
		extraHeadings.forEach(h -> {
			headings.add(h);
			widths.add(16);
		});
		return sheet(workbook, labels.message("exchange.system.sheet.systems", locale), headingStyle, headings, widths);
	}

	/** A sheet with a frozen heading row. */
	static Sheet sheet(Workbook workbook, String name, CellStyle headingStyle, List<String> headings,
			List<Integer> widths) {
		Sheet sheet = workbook.createSheet(name);
		Row heading = sheet.createRow(0);
		for (int i = 0; i < headings.size(); i++) {
			var cell = heading.createCell(i);
			cell.setCellValue(headings.get(i));
			cell.setCellStyle(headingStyle);
			sheet.setColumnWidth(i, widths.get(i) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	static WorkbookLayout.Choices systemChoices(Sheet systems) {
		var columns = new ArrayList<@Nullable Class<? extends Enum<?>>>();
		for (var column : SystemColumn.values()) {
			columns.add(column.choices);
		}
		return new WorkbookLayout.Choices(systems, columns, WorkbookLayout.MAX_VALIDATED_ROW);
	}

}
