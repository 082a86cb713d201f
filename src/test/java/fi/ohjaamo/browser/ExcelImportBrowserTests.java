package fi.ohjaamo.browser;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing projects from Excel in the browser: from the portfolio to the import page, a file with a problem shown
 * next to its row, then a correct file previewed and committed; every step without accessibility violations.
 */
class ExcelImportBrowserTests extends BrowserTest {

	static final List<String> HEADINGS = List.of("Kehittämiskohteen nimi", "Omistava palvelualue", "Laji",
			"Elinkaaripäivitys ilman strategista tavoitetta", "a) Tiedonhallinnan järjestäminen: arvio",
			"b) Tietoturvallisuus: arvio", "c) Tietojen käsittely: arvio", "d) Asianhallinta: arvio", "Alkaa", "Numero");

	static final List<String> COST_HEADINGS = List.of("Numero", "Laji", "Vuodesta", "Summa (€)", "Arvonlisävero");

	@Test
	void uploadPreviewAndCommit() throws Exception {
		var browser = browser().signIn("tiina");
		browser.open("/projects");
		browser.clickLink("Tuo Excelistä");
		assertThat(browser.heading()).isEqualTo("Kehittämiskohteiden tuonti Excelistä");
		Accessibility.assertNoViolations(browser, "the import page");

		upload(browser, row("Tuotu tulostinpalvelujen elinkaaripäivitys", "syksyllä"),
				List.of("T-1", "Investointi", "2027", "noin 5000", "alv 0 %"));
		assertThat(browser.text("#preview-summary")).contains("virheellisiä rivejä 1");
		assertThat(browser.text(".row-problems")).contains("Alkaa: Kirjoita muodossa 2023, Q3/2022 tai 8/2021.")
			.contains("Kustannukset, rivi 2, Summa (€): Arvo \"noin 5000\" ei ole luku.");
		assertThat(browser.findAll("form[action$='/projects/import/commit']")).isEmpty();
		Accessibility.assertNoViolations(browser, "a preview with a problem");

		upload(browser, row("Tuotu tulostinpalvelujen elinkaaripäivitys", "2027"),
				List.of("T-1", "Investointi", "2027", "5000", "alv 0 %"));
		assertThat(browser.text("#preview-summary")).contains("Luodaan 1, päivitetään 0");
		assertThat(browser.texts(".import-preview tbody td")).as("one cost line, no resources").contains("1 / 0");
		Accessibility.assertNoViolations(browser, "a preview ready to import");
		browser.clickAndLoad(By.cssSelector("form[action$='/projects/import/commit'] button"));
		assertThat(browser.text("p.alert-success")).contains("1 kortti tallennettiin");

		browser.open("/projects?q=tulostinpalvelujen");
		assertThat(browser.texts(".portfolio-table tbody td a")).contains("Tuotu tulostinpalvelujen elinkaaripäivitys");
	}

	private static List<String> row(String title, String start) {
		return List.of(title, "Sivistyspalvelut", "Elinkaaripäivitys", "Kyllä", "Ei vaikutuksia", "Ei vaikutuksia",
				"Ei vaikutuksia", "Ei vaikutuksia", start, "T-1");
	}

	private static void upload(Browser browser, List<String> values, List<String> cost) throws Exception {
		Path file = Files.createTempFile("tuonti", ".xlsx");
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			write(workbook.createSheet("Kehittämiskohteet"), HEADINGS, values);
			write(workbook.createSheet("Kustannukset"), COST_HEADINGS, cost);
			workbook.write(out);
			Files.write(file, out.toByteArray());
		}
		browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
		browser.clickAndLoad(By.cssSelector("form.import-upload button[type=submit]"));
	}

	private static void write(Sheet sheet, List<String> headings, List<String> values) {
		var heading = sheet.createRow(0);
		var row = sheet.createRow(1);
		for (int i = 0; i < headings.size(); i++) {
			heading.createCell(i).setCellValue(headings.get(i));
			row.createCell(i).setCellValue(values.get(i));
		}
	}

}
