package fi.ohjaamo.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The template has the export's columns in the chosen language, instructions, and lists for the enum columns. */
class ImportTemplateTests {

	static ExchangeLabels labels() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/exchange");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ExchangeLabels(messages);
	}

	@Test
	void holdsTheColumnsInstructionsAndChoiceListsInTheChosenLanguage() throws Exception {
		var out = new ByteArrayOutputStream();
		new ImportTemplate(labels()).write(Locale.forLanguageTag("sv"), out);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var projects = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("Utvecklingsobjekt");
			assertThat(PortfolioExportIntegrationTests.texts(projects.getRow(0))).hasSize(ExchangeColumn.values().length)
				.contains("ID", "Utvecklingsobjektets namn", "Ägande serviceområde", "Prioritet");
			assertThat(projects.getLastRowNum()).as("no project rows").isZero();
			var instructions = workbook.getSheet("Anvisningar");
			assertThat(instructions.getPhysicalNumberOfRows()).isEqualTo(ImportTemplate.INSTRUCTION_LINES);
			assertThat(instructions.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Import av utvecklingsobjekt till Ohjaamo");
			long enumColumns = java.util.Arrays.stream(ExchangeColumn.values()).filter(c -> c.choices != null).count();
			assertThat(projects.getDataValidations()).hasSize((int) enumColumns);
			var lists = workbook.getSheet("lists");
			assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
			assertThat(lists.getRow(0).getCell(0).getStringCellValue()).as("a label with a comma, hence the list sheet")
				.isEqualTo("Grundläggande infrastruktur, dataförvaltningen som ägare");
		}
	}

	@Test
	void readsHeadingsAndLabelsInAnyLanguageAndTheConstantsThemselves() {
		var labels = labels();
		assertThat(labels.column("Utvecklingsobjektets namn")).contains(ExchangeColumn.TITLE);
		assertThat(labels.column(" kehittämiskohteen nimi ")).contains(ExchangeColumn.TITLE);
		assertThat(labels.column("Project name")).contains(ExchangeColumn.TITLE);
		assertThat(labels.value(fi.ohjaamo.portfolio.Priority.class, "Hög")).contains(fi.ohjaamo.portfolio.Priority.HIGH);
		assertThat(labels.value(fi.ohjaamo.portfolio.Priority.class, "korkea")).contains(fi.ohjaamo.portfolio.Priority.HIGH);
		assertThat(labels.value(fi.ohjaamo.portfolio.Priority.class, "HIGH")).contains(fi.ohjaamo.portfolio.Priority.HIGH);
		assertThat(labels.value(fi.ohjaamo.portfolio.Priority.class, "Kiireellinen")).isEmpty();
	}

}
