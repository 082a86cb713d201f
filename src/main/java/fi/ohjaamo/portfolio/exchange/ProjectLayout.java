package fi.ohjaamo.portfolio.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.exchange.WorkbookLayout;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * The shape both the export and the template share: the projects sheet and the cost and resource sheets, with
 * their headings in the chosen language, and the drop-down lists of their choice columns.
 */
final class ProjectLayout {

	private ProjectLayout() {
	}

	/** The projects sheet with its heading row: the card's columns, then the given extra headings. */
	static Sheet projectsSheet(Workbook workbook, CellStyle headingStyle, CardLabels labels, Locale locale,
			List<String> extraHeadings) {
		var headings = new ArrayList<String>();
		var widths = new ArrayList<Integer>();
		for (var column : ExchangeColumn.values()) {
			headings.add(labels.heading(column, locale));
			widths.add(column.width);
		}
		extraHeadings.forEach(h -> {
			headings.add(h);
			widths.add(16);
		});
		return WorkbookLayout.sheet(workbook, labels.message("exchange.sheet.projects", locale), headingStyle, headings,
				widths);
	}

	/** A sheet of cost or resource lines with its heading row. */
	static Sheet lineSheet(Workbook workbook, CellStyle headingStyle, CardLabels labels, Locale locale, LineSheet kind) {
		return WorkbookLayout.sheet(workbook, labels.sheetName(kind, locale), headingStyle,
				kind.columns.stream().map(column -> labels.heading(kind, column, locale)).toList(),
				kind.columns.stream().map(column -> column.width).toList());
	}

	static WorkbookLayout.Choices projectChoices(Sheet projects) {
		var columns = new ArrayList<@Nullable Class<? extends Enum<?>>>();
		for (var column : ExchangeColumn.values()) {
			columns.add(column.choices);
		}
		return new WorkbookLayout.Choices(projects, columns, WorkbookLayout.MAX_VALIDATED_ROW);
	}

	static WorkbookLayout.Choices lineChoices(Sheet sheet, LineSheet kind) {
		var columns = new ArrayList<@Nullable Class<? extends Enum<?>>>();
		for (var column : kind.columns) {
			columns.add(column.choices);
		}
		return new WorkbookLayout.Choices(sheet, columns, WorkbookLayout.MAX_VALIDATED_LINE_ROW);
	}

	/** Drop-down lists for the sheets' choice columns, their labels in the workbook's language. */
	static void addChoiceLists(Workbook workbook, CardLabels labels, Locale locale, List<WorkbookLayout.Choices> sheets) {
		WorkbookLayout.addChoiceLists(workbook, value -> labels.label(value, locale), sheets);
	}

}
