package fi.ohjaamo.browser;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a strategy's application list into the register in the browser: from the list of systems to the
 * import page, a file with a problem shown in its row, then the corrected file previewed with its new vendors and
 * committed, and the systems in the list; every step without accessibility violations.
 */
class RegisterExcelBrowserTests extends BrowserTest {

	/** Shaped like the application list of a municipal IT strategy: function, system, vendor. */
	private static final List<List<String>> APPLICATION_LIST = List.of(
			List.of("Toiminto", "Järjestelmän nimi", "Toimittaja"),
			List.of("Terveyspalvelut", "Terveydenhuollon Effica", "Tieto"),
			List.of("Sosiaalipalvelut", "Yksilö- ja perhehuollon Effica", "Tieto"),
			List.of("Ostolaskut", "Basware IP", "Basware"), List.of("Talousraportointi", "BusinessPlanning", "Basware"),
			List.of("Palkanlaskenta", "Pegasos", "Logica"));

	@Test
	void anApplicationListIsPreviewedAndImported() throws Exception {
		var browser = browser().signIn("tiina");
		browser.open("/registers/systems");
		browser.clickLink("Tuo Excelistä");
		assertThat(browser.heading()).isEqualTo("Sovellusluettelon tuonti Excelistä");
		Accessibility.assertNoViolations(browser, "the application-list import page");

		var twice = new ArrayList<>(APPLICATION_LIST);
		twice.add(List.of("Palkanlaskenta", "Pegasos", "Logica"));
		upload(browser, twice);
		assertThat(browser.text("#preview-summary")).contains("virheellisiä rivejä 1");
		assertThat(browser.text(".row-problems"))
			.isEqualTo("Järjestelmän nimi: Sama järjestelmä on tiedostossa jo rivillä 6.");
		assertThat(browser.findAll("form[action$='/registers/systems/import/commit']")).isEmpty();
		Accessibility.assertNoViolations(browser, "an application-list preview with a problem");

		// As a strategy document has it: the list's title above its headings.
		var captioned = new ArrayList<List<String>>();
		captioned.add(List.of("Sovelluslista 2024"));
		captioned.addAll(APPLICATION_LIST);
		upload(browser, captioned);
		assertThat(browser.text("#preview-summary")).contains("Lisätään 5, päivitetään 0")
			.contains("uusia toimittajia 3");
		assertThat(browser.text("#preview-caption-row")).isEqualTo(
				"Sarakeotsikot luettiin riviltä 2. Niiden yläpuolelta ohitettiin otsikkoteksti \"Sovelluslista 2024\".");
		assertThat(browser.text("#preview-unknown")).startsWith("5 rivillä kriittisyys");
		assertThat(browser.texts(".import-preview tbody td")).contains("Pegasos", "Basware (uusi toimittaja)");
		assertThat(browser.texts(".row-unknown li")).as("no answer guessed").contains("Kriittisyys",
				"Tuotantoympäristö", "Henkilötietoja", "Käyttölokit (17 §)");
		Accessibility.assertNoViolations(browser, "an application-list preview ready to import");
		browser.clickAndLoad(By.cssSelector("form[action$='/registers/systems/import/commit'] button"));
		assertThat(browser.text("p.alert-success")).contains("5 järjestelmää tallennettiin");

		browser.clickLink("Tietojärjestelmät");
		assertThat(browser.texts(".register-table tbody th a")).contains("Terveydenhuollon Effica",
				"Yksilö- ja perhehuollon Effica", "Basware IP", "BusinessPlanning", "Pegasos");

		// The list tells how many are not answered and leads to them, to be answered one by one.
		assertThat(browser.text("#unanswered-title")).contains("puuttuu vastaus");
		browser.clickAndLoad(By.cssSelector("#unanswered a[href$='criticality=UNKNOWN']"));
		assertThat(browser.ticked("f-criticality-UNKNOWN")).isTrue();
		assertThat(browser.texts(".register-table tbody th a")).contains("Pegasos", "Basware IP");
		Accessibility.assertNoViolations(browser, "the systems whose criticality is not answered");
		browser.clickLink("Pegasos");
		assertThat(browser.texts("dl.register-facts dd")).contains("Ei tiedossa");
		browser.clickLink("Muokkaa järjestelmää");
		browser.choose("criticality", "Suuri");
		browser.choose("personalData", "Kyllä");
		Accessibility.assertNoViolations(browser, "the system form with its answers");
		browser.save();
		assertThat(browser.heading()).isEqualTo("Pegasos");
		assertThat(browser.texts("dl.register-facts dd")).contains("Suuri", "Kyllä", "Ei tiedossa");
	}

	/** Uploads the rows as the first sheet of a new workbook on the import page the browser is on. */
	static void upload(Browser browser, List<List<String>> rows) throws Exception {
		Path file = Files.createTempFile("sovellukset", ".xlsx");
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Sovellukset");
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			Files.write(file, out.toByteArray());
		}
		browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
		browser.clickAndLoad(By.cssSelector("form.import-upload button[type=submit]"));
	}

}
