package fi.ohjaamo.registers.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.exchange.WorkbookLayout;
import org.apache.poi.ss.usermodel.CellStyle;
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

	static Sheet systemsSheet(Workbook workbook, CellStyle headingStyle, RegisterLabels labels, Locale locale,
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
		return WorkbookLayout.sheet(workbook, labels.message("exchange.system.sheet.systems", locale), headingStyle, headings,
				widths);
	}

	static WorkbookLayout.Choices systemChoices(Sheet systems) {
		var columns = new ArrayList<@Nullable Class<? extends Enum<?>>>();
		for (var column : SystemColumn.values()) {
			columns.add(column.choices);
		}
		return new WorkbookLayout.Choices(systems, columns, WorkbookLayout.MAX_VALIDATED_ROW);
	}

}
