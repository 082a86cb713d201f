package fi.ohjaamo.portfolio.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.exchange.WorkbookLayout;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The empty import template: the export's sheets (projects, costs, resources) with their lists, and a sheet of
 * instructions in the language.
 */
@Component
class ImportTemplate {

	static final int INSTRUCTION_LINES = 12;

	private final CardLabels labels;

	ImportTemplate(CardLabels labels) {
		this.labels = labels;
	}

	void write(Locale locale, OutputStream out) throws IOException {
		try (var workbook = new XSSFWorkbook()) {
			var headingStyle = WorkbookLayout.headingStyle(workbook);
			Sheet projects = ProjectLayout.projectsSheet(workbook, headingStyle, labels, locale, List.of());
			var choices = new ArrayList<WorkbookLayout.Choices>();
			choices.add(ProjectLayout.projectChoices(projects));
			for (var kind : LineSheet.values()) {
				choices.add(ProjectLayout.lineChoices(
						ProjectLayout.lineSheet(workbook, headingStyle, labels, locale, kind), kind));
			}
			Sheet instructions = workbook.createSheet(labels.message("exchange.sheet.instructions", locale));
			instructions.setColumnWidth(0, 110 * 256);
			for (int i = 0; i < INSTRUCTION_LINES; i++) {
				instructions.createRow(i).createCell(0)
					.setCellValue(labels.message("exchange.instructions." + (i + 1), locale));
			}
			ProjectLayout.addChoiceLists(workbook, labels, locale, choices);
			workbook.write(out);
		}
	}

}
