package fi.ohjaamo.registers.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import fi.ohjaamo.exchange.ExchangeLabels;
import fi.ohjaamo.exchange.Workbooks;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The application-list template has the register's columns in the chosen language, an example and lists. */
class SystemImportTemplateTests {

	static RegisterLabels labels() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/exchange", "i18n/register-exchange", "i18n/registers");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new RegisterLabels(new ExchangeLabels(messages));
	}

	@Test
	void theApplicationListTemplateHasItsColumnsAnExampleAndListsInTheChosenLanguage() throws Exception {
		var out = new ByteArrayOutputStream();
		new SystemImportTemplate(labels()).write(Locale.forLanguageTag("sv"), out);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("System");
			var rows = Workbooks.read(out.toByteArray());
			assertThat(rows.getFirst()).startsWith("Funktion", "Systemets namn", "Leverantör");
			assertThat(rows.get(1)).startsWith("Inköpsfakturor", "Cirkulation av inköpsfakturor (exempel, ersätt med ditt eget)",
					"Exempelleverantör Ab");
			assertThat(workbook.getSheet("Anvisningar").getLastRowNum() + 1).isEqualTo(SystemImportTemplate.INSTRUCTION_LINES);
			assertThat(workbook.getSheetAt(0).getDataValidations()).as("lists for criticality, hosting, phase, yes/no")
				.hasSize(6);
		}
	}

}
