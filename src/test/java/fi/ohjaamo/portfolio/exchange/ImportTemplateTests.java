package fi.ohjaamo.portfolio.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import fi.ohjaamo.exchange.ExchangeLabels;
import fi.ohjaamo.exchange.Workbooks;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The template has the export's columns in the chosen language, instructions, and lists for the enum columns. */
class ImportTemplateTests {

	static CardLabels labels() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/exchange", "i18n/portfolio-exchange");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new CardLabels(new ExchangeLabels(messages));
	}

	@Test
	void holdsTheColumnsInstructionsAndChoiceListsInTheChosenLanguage() throws Exception {
		var out = new ByteArrayOutputStream();
		new ImportTemplate(labels()).write(Locale.forLanguageTag("sv"), out);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var projects = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("Utvecklingsobjekt");
			assertThat(Workbooks.texts(projects.getRow(0))).hasSize(ExchangeColumn.values().length)
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
			var costs = workbook.getSheet("Kostnader");
			assertThat(Workbooks.texts(costs.getRow(0))).containsExactly("ID", "Nummer",
					"Utvecklingsobjektets namn", "Typ", "Från år", "Till år", "Belopp (€)", "Övre gräns (€)",
					"Belopp okänt", "Mervärdesskatt", "Förklaring");
			assertThat(costs.getDataValidations()).hasSize(3);
			var resources = workbook.getSheet("Resurser");
			assertThat(Workbooks.texts(resources.getRow(0))).containsExactly("ID", "Nummer",
					"Utvecklingsobjektets namn", "Part", "Enhet", "Mängd", "Övre gräns", "Förklaring");
			assertThat(resources.getDataValidations()).hasSize(2);
			assertThat(instructions.getRow(9).getCell(0).getStringCellValue()).startsWith("På fliken Kostnader");
		}
	}

	@Test
	void readsTheLineSheetsAndTheirHeadingsInAnyLanguage() {
		var labels = labels();
		assertThat(labels.lineSheet("Kustannukset")).contains(LineSheet.COSTS);
		assertThat(labels.lineSheet("resurser")).contains(LineSheet.RESOURCES);
		assertThat(labels.lineSheet("Anvisningar")).isEmpty();
		assertThat(labels.column(LineSheet.COSTS, "Yläraja (€)")).contains(LineColumn.AMOUNT_MAX);
		assertThat(labels.column(LineSheet.RESOURCES, "Party")).contains(LineColumn.PARTY);
		assertThat(labels.column(LineSheet.RESOURCES, "Numero")).contains(LineColumn.PROJECT_NUMBER);
		assertThat(labels.value(fi.ohjaamo.portfolio.Vat.class, "sis. alv")).contains(fi.ohjaamo.portfolio.Vat.INCLUDED);
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
