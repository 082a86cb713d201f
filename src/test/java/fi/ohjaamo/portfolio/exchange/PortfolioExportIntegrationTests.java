package fi.ohjaamo.portfolio.exchange;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.exchange.SpreadsheetDownload;
import fi.ohjaamo.exchange.Workbooks;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ProjectEvents;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Vat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portfolio view as Excel: the page's filters, every card field, costs per year, formulas neutralised, logged. */
@IntegrationTest
@RecordApplicationEvents
class PortfolioExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Test
	void exportsTheFilteredViewWithEveryFieldAndTheCostsPerYear() throws Exception {
		var org = data.organisation();
		var wanted = data.project(org, "Sähköinen asiointi");
		data.project(org, "Palkkajärjestelmän vaihto");

		var workbook = export(org.viewer(), "/projects/export.xlsx?q=asiointi");
		var sheet = workbook.getSheetAt(0);
		List<String> headings = Workbooks.texts(sheet.getRow(0));
		assertThat(headings).startsWith("ID", "Versio", "Numero", "Kehittämiskohteen nimi", "Ryhmä",
				"Omistava palvelualue", "Yksikkö")
			.contains("Strategiset tavoitteet", "Investointi 2025 vähintään (€, alv 0 %)",
					"Investointi 2025 enintään (€, alv 0 %)", "Jatkuvat kustannukset 2025 vähintään (€, alv 0 %)",
					"Jatkuvat kustannukset 2025 enintään (€, alv 0 %)");
		assertThat(sheet.getLastRowNum()).as("one row per project of the view").isEqualTo(1);
		var row = sheet.getRow(1);
		assertThat(cell(row, headings, "ID")).isEqualTo(wanted.getId().toString());
		assertThat(cell(row, headings, "Kehittämiskohteen nimi")).isEqualTo("Sähköinen asiointi");
		assertThat(cell(row, headings, "Omistava palvelualue")).isEqualTo("Sivistyspalvelut");
		assertThat(cell(row, headings, "Yksikkö")).isEqualTo("Varhaiskasvatus");
		assertThat(cell(row, headings, "Tila")).isEqualTo("Ehdotus");
		assertThat(cell(row, headings, "Strategiset tavoitteet")).isEqualTo("Asukaspalvelujen digitalisointi");
		assertThat(cell(row, headings, "Alkaa")).isEqualTo("Q3/2025");
		assertThat(cell(row, headings, "b) Tietoturvallisuus: arvio")).isEqualTo("Ei vaikutuksia");
		var investment = row.getCell(headings.indexOf("Investointi 2025 enintään (€, alv 0 %)"));
		assertThat(investment.getCellType()).as("costs are numbers").isEqualTo(CellType.NUMERIC);
		assertThat(investment.getNumericCellValue()).as("the upper end of the estimate").isEqualTo(20000.0);
		assertThat(row.getCell(headings.indexOf("Investointi 2025 vähintään (€, alv 0 %)")).getNumericCellValue())
			.as("the lower end of the estimate").isEqualTo(10000.0);
		var revision = row.getCell(headings.indexOf("Versio"));
		assertThat(revision.getNumericCellValue()).isEqualTo(1.0);
		var updated = row.getCell(headings.indexOf("Muokattu"));
		assertThat(DateUtil.isCellDateFormatted(updated)).as("dates are dates").isTrue();
		assertThat(sheet.getPaneInformation().isFreezePane()).as("the heading row stays in view").isTrue();
		assertThat(sheet.getColumnWidth(headings.indexOf("Kuvaus"))).isGreaterThan(sheet.getColumnWidth(0) / 2);
		assertThat(sheet.getDataValidations()).as("enum columns offer their labels").isNotEmpty();

		var costs = workbook.getSheet("Kustannukset");
		List<String> costHeadings = Workbooks.texts(costs.getRow(0));
		assertThat(costHeadings).containsExactly("ID", "Numero", "Kehittämiskohteen nimi", "Laji", "Vuodesta",
				"Vuoteen", "Summa (€)", "Yläraja (€)", "Summa tuntematon", "Arvonlisävero", "Selite");
		assertThat(costs.getLastRowNum()).as("one row per cost line of the view's projects").isEqualTo(1);
		var line = costs.getRow(1);
		assertThat(cell(line, costHeadings, "ID")).isEqualTo(wanted.getId().toString());
		assertThat(cell(line, costHeadings, "Laji")).isEqualTo("Investointi");
		assertThat(line.getCell(costHeadings.indexOf("Vuodesta")).getNumericCellValue()).isEqualTo(2025.0);
		assertThat(line.getCell(costHeadings.indexOf("Summa (€)")).getNumericCellValue()).isEqualTo(10000.0);
		assertThat(line.getCell(costHeadings.indexOf("Yläraja (€)")).getNumericCellValue()).isEqualTo(20000.0);
		assertThat(cell(line, costHeadings, "Arvonlisävero")).isEqualTo("alv 0 %");
		assertThat(costs.getDataValidations()).as("kind, unknown and VAT offer their labels").hasSize(3);
		assertThat(Workbooks.texts(workbook.getSheet("Resurssit").getRow(0))).contains("Taho", "Yksikkö", "Määrä");
	}

	@Test
	void costsPerYearCarryBothEndsOfARangeAndSayWhereAnAmountIsUnknownAndImportBackUnchanged() throws Exception {
		var org = data.organisation();
		var card = data.card(org, "Arvioiden hanke")
			.withCosts(List.of(
					new CostLine(CostKind.ONE_OFF, 2025, null, new BigDecimal("10000"), new BigDecimal("20000"), false,
							Vat.EXCLUDED, ""),
					new CostLine(CostKind.ONE_OFF, 2026, null, null, null, true, Vat.EXCLUDED, "Kilpailutus kesken"),
					new CostLine(CostKind.RECURRING, 2025, 2026, new BigDecimal("3000"), null, false, Vat.EXCLUDED, ""),
					new CostLine(CostKind.RECURRING, 2026, 2026, null, null, true, Vat.EXCLUDED, "")));
		var project = projects.create(org.itManager().asUser(), card);

		byte[] file = download(org.itManager(), "/projects/export.xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			var sheet = workbook.getSheetAt(0);
			List<String> headings = Workbooks.texts(sheet.getRow(0));
			var row = sheet.getRow(1);
			assertThat(List.of(value(row, headings, "Investointi 2025 vähintään (€, alv 0 %)"),
					value(row, headings, "Investointi 2025 enintään (€, alv 0 %)")))
				.as("a range keeps both ends").containsExactly(10000.0, 20000.0);
			assertThat(List.of(value(row, headings, "Investointi 2026 vähintään (€, alv 0 %)"),
					value(row, headings, "Investointi 2026 enintään (€, alv 0 %)")))
				.as("an unknown amount is said to be unknown, never left blank as if it were zero")
				.containsExactly("tuntematon", "tuntematon");
			assertThat(List.of(value(row, headings, "Jatkuvat kustannukset 2025 vähintään (€, alv 0 %)"),
					value(row, headings, "Jatkuvat kustannukset 2025 enintään (€, alv 0 %)")))
				.containsExactly(3000.0, 3000.0);
			assertThat(List.of(value(row, headings, "Jatkuvat kustannukset 2026 vähintään (€, alv 0 %)"),
					value(row, headings, "Jatkuvat kustannukset 2026 enintään (€, alv 0 %)")))
				.as("beside a known amount an unknown one leaves the upper end open")
				.containsExactly(3000.0, "tuntematon");
		}

		var session = new MockHttpSession();
		String preview = HtmlUtils.htmlUnescape(mvc.perform(multipart("/projects/import")
			.file(new MockMultipartFile("file", "salkku.xlsx", SpreadsheetDownload.XLSX, file))
			.session(session).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(preview).as("the export reads back as it is, without being saved again in Excel first").contains("Luodaan 0, päivitetään 0, ennallaan 1, virheellisiä rivejä 0.");
		assertThat(projects.get(org.id(), project.getId()).getRevision()).as("nothing to write").isEqualTo(1);
	}

	@Test
	void neutralisesTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
		var org = data.organisation();
		var card = data.card(org, "=HYPERLINK(\"http://example.invalid\",\"Avaa\")");
		projects.create(org.itManager().asUser(), card);

		var sheet = export(org.itManager(), "/projects/export.xlsx").getSheetAt(0);
		var title = sheet.getRow(1).getCell(Workbooks.texts(sheet.getRow(0)).indexOf("Kehittämiskohteen nimi"));
		assertThat(title.getCellType()).isEqualTo(CellType.STRING);
		assertThat(title.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"Avaa\")");
	}

	@Test
	void writesTheHeadingsInTheChosenLanguage() throws Exception {
		var org = data.organisation();
		data.project(org, "Kielitesti");
		var sheet = export(org.itManager(), "/projects/export.xlsx?lang=sv").getSheetAt(0);
		assertThat(Workbooks.texts(sheet.getRow(0))).contains("Utvecklingsobjektets namn", "Ägande serviceområde");
		assertThat(Workbooks.texts(sheet.getRow(1))).contains("Förslag");
	}

	@Test
	void writesDatesByTheRuleOfTheWorkbooksLanguageAndNeverGroupsAYear() throws Exception {
		var org = data.organisation();
		data.project(org, "Päivämäärätesti");
		for (var language : List.of("fi", "sv", "en")) {
			var workbook = export(org.itManager(), "/projects/export.xlsx?lang=" + language);
			var sheet = workbook.getSheetAt(0);
			var updated = sheet.getRow(1).getCell(ExchangeColumn.UPDATED.ordinal());
			assertThat(updated.getCellStyle().getDataFormatString()).as(language)
				.isEqualTo(language.equals("en") ? "d mmm yyyy" : "d.m.yyyy");
			var costs = workbook.getSheetAt(1);
			assertThat(costs.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2025.0);
			assertThat(costs.getRow(1).getCell(4).getCellStyle().getDataFormatString()).as("a year is not grouped")
				.isEqualTo("0");
		}
	}

	@Test
	void anExportIsADisclosureAndIsLogged(ApplicationEvents events) throws Exception {
		var org = data.organisation();
		data.project(org, "Ensimmäinen");
		data.project(org, "Toinen");
		export(org.viewer(), "/projects/export.xlsx");
		assertThat(events.stream(ProjectEvents.ProjectsExported.class))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.organisationId()).isEqualTo(org.id());
				assertThat(e.format()).isEqualTo("xlsx");
				assertThat(e.count()).isEqualTo(2);
			});
	}

	@Test
	void exportsOnlyTheOrganisationsOwnProjects() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		data.project(mine, "Oma hanke");
		data.project(theirs, "Vieras hanke");
		var sheet = export(mine.itManager(), "/projects/export.xlsx").getSheetAt(0);
		assertThat(sheet.getLastRowNum()).isEqualTo(1);
		assertThat(Workbooks.texts(sheet.getRow(1))).contains("Oma hanke").doesNotContain("Vieras hanke");
	}

	private XSSFWorkbook export(TestData.Person person, String url) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(download(person, url)));
	}

	private byte[] download(TestData.Person person, String url) throws Exception {
		return mvc.perform(get(url).with(person.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", SpreadsheetDownload.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** A cell's number, or its text when it holds text. */
	private static Object value(Row row, List<String> headings, String heading) {
		var cell = row.getCell(headings.indexOf(heading));
		return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue();
	}

	private static String cell(Row row, List<String> headings, String heading) {
		return Workbooks.texts(row).get(headings.indexOf(heading));
	}

}
