package fi.ohjaamo.registers.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.ohjaamo.exchange.WorkbookLayout;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.SystemDefinition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The application-list template: the systems sheet with an example row and its lists, and instructions. */
@Component
class SystemImportTemplate {

	static final int INSTRUCTION_LINES = 6;

	private final RegisterLabels labels;

	SystemImportTemplate(RegisterLabels labels) {
		this.labels = labels;
	}

	void write(Locale locale, OutputStream out) throws IOException {
		try (var workbook = new XSSFWorkbook()) {
			var sheet = RegisterLayout.systemsSheet(workbook, WorkbookLayout.headingStyle(workbook), labels, locale,
					List.of());
			var cells = new SystemCells(workbook, labels, locale);
			cells.write(cells.row(sheet.createRow(1)), example(locale),
					labels.message("exchange.system.example.vendor", locale), new UnitTree(List.of()), Map.of());
			var instructions = workbook.createSheet(labels.message("exchange.sheet.instructions", locale));
			instructions.setColumnWidth(0, 110 * 256);
			for (int i = 0; i < INSTRUCTION_LINES; i++) {
				instructions.createRow(i).createCell(0)
					.setCellValue(labels.message("exchange.system.instructions." + (i + 1), locale));
			}
			WorkbookLayout.addChoiceLists(workbook, value -> labels.label(value, locale), List.of(RegisterLayout.systemChoices(sheet)));
			workbook.write(out);
		}
	}

	private SystemDefinition example(Locale locale) {
		return new SystemDefinition(labels.message("exchange.system.example.name", locale),
				labels.message("exchange.system.example.purpose", locale), null, null,
				labels.message("exchange.system.example.mainUser", locale), null, 120, Criticality.HIGH, Hosting.SAAS,
				Answer.NO, false, "", Answer.YES, Phase.IN_USE, LocalDate.of(2015, 1, 1), null, "", null);
	}

}
