package fi.ohjaamo.portfolio.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SpreadsheetDownload;
import fi.ohjaamo.exchange.Workbooks;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Vat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing projects from Excel: a round trip changes exactly what was edited, rows are checked like the card form,
 * a commit writes every row or none, stale previews are refused, and nothing reaches another organisation.
 */
@IntegrationTest
class ProjectImportIntegrationTests {

	static final Locale FINNISH = Locale.forLanguageTag("fi");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	PortfolioQuery portfolio;

	@Autowired
	ProjectImport imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRoundTripChangesExactlyWhatWasEditedAndNothingElse() throws Exception {
		var org = data.organisation();
		var untouched = data.project(org, "Koskematon hanke");
		var renamed = data.project(org, "Vanha nimi");
		var reprioritised = data.project(org, "Kiireellinen hanke");
		var recosted = data.project(org, "Kallistuva hanke");
		var before = projects.get(org.id(), renamed.getId()).card();
		var beforeRaise = projects.get(org.id(), reprioritised.getId()).card();
		var beforeCost = projects.get(org.id(), recosted.getId()).card();
		byte[] exported = download(org.itManager(), "/projects/export.xlsx");

		byte[] edited = edit(exported, renamed.getId().toString(), "Kehittämiskohteen nimi", "Uusi nimi");
		edited = edit(edited, reprioritised.getId().toString(), "Prioriteetti", "Korkea");
		edited = edit(edited, "Kustannukset", recosted.getId().toString(), "Yläraja (€)", 26500.5);
		var session = new MockHttpSession();
		String preview = upload(org.itManager(), edited, session);
		assertThat(preview).contains("Luodaan 0, päivitetään 3, ennallaan 1, virheellisiä rivejä 0.");
		commit(org.itManager(), session);

		assertThat(projects.get(org.id(), untouched.getId()).getRevision()).as("an unchanged row writes nothing")
			.isEqualTo(1);
		var after = projects.get(org.id(), renamed.getId());
		assertThat(after.getRevision()).isEqualTo(2);
		assertThat(after.card()).isEqualTo(before.toBuilder().title("Uusi nimi").build());
		var raised = projects.get(org.id(), reprioritised.getId());
		assertThat(raised.card().priority()).isEqualTo(Priority.HIGH);
		assertThat(raised.card()).isEqualTo(new ProjectCardWithPriority(beforeRaise).high());
		var line = beforeCost.costs().getFirst();
		assertThat(projects.get(org.id(), recosted.getId()).card()).as("only the edited cost cell changed")
			.isEqualTo(beforeCost.withCosts(List.of(new CostLine(line.kind(), line.fromYear(), line.toYear(),
					line.amountMin(), new BigDecimal("26500.50"), line.amountUnknown(), line.vat(), line.note()))));
	}

	@Test
	void createsProjectsWithTheirCostAndResourceLinesFromTheTemplate() throws Exception {
		var org = data.organisation();
		byte[] template = download(org.itManager(), "/projects/import/template.xlsx");
		byte[] filled = fillRow(template, List.of("Kehittämiskohteen nimi", "Numero", "Omistava palvelualue",
				"Strategiset tavoitteet", "a) Tiedonhallinnan järjestäminen: arvio", "b) Tietoturvallisuus: arvio",
				"c) Tietojen käsittely: arvio", "d) Asianhallinta: arvio", "Alkaa"),
				List.of("Varhaiskasvatuksen asiakastietojärjestelmä", "7.2", "Sivistyspalvelut",
						"Asukaspalvelujen digitalisointi", "Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia",
						"Ei vaikutuksia", "2027"));
		filled = fillRow(filled, "Kustannukset", List.of("Numero", "Laji", "Vuodesta", "Summa (€)", "Yläraja (€)",
				"Arvonlisävero", "Selite"),
				List.of("7.2", "Investointi", "2027", "80 000", "120000", "alv 0 %", "Käyttöönotto ja koulutus"));
		filled = fillRow(filled, "Kustannukset",
				List.of("Numero", "Laji", "Vuodesta", "Vuoteen", "Summa (€)", "Arvonlisävero"),
				List.of("7.2", "Jatkuva kustannus", "2028", "2031", "15000,50", "sis. alv"));
		filled = fillRow(filled, "Kustannukset", List.of("Numero", "Laji", "Vuodesta", "Summa tuntematon",
				"Arvonlisävero"), List.of("7.2", "Investointi", "2029", "Kyllä", "alv 0 %"));
		filled = fillRow(filled, "Resurssit", List.of("Numero", "Taho", "Yksikkö", "Määrä", "Yläraja"),
				List.of("7.2", "Tietohallinto", "htp", "40", "60"));
		var session = new MockHttpSession();
		assertThat(upload(org.itManager(), filled, session)).contains("Luodaan 1, päivitetään 0")
			.contains("virheellisiä rivejä 0");
		commit(org.itManager(), session);

		var id = portfolio.find(org.id(), PortfolioFilter.none()).rows().getFirst().id();
		var card = projects.get(org.id(), id).card();
		assertThat(card.costs()).containsExactly(
				new CostLine(CostKind.ONE_OFF, 2027, null, new BigDecimal("80000.00"), new BigDecimal("120000.00"),
						false, Vat.EXCLUDED, "Käyttöönotto ja koulutus"),
				new CostLine(CostKind.RECURRING, 2028, 2031, new BigDecimal("15000.50"), null, false, Vat.INCLUDED, ""),
				new CostLine(CostKind.ONE_OFF, 2029, null, null, null, true, Vat.EXCLUDED, ""));
		assertThat(card.resources()).containsExactly(new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS,
				new BigDecimal("40.00"), new BigDecimal("60.00"), ""));
	}

	@Test
	void showsEachLineProblemWithItsSheetRowColumnAndReason() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Kustannuksiltaan virheellinen");
		byte[] exported = download(org.itManager(), "/projects/export.xlsx");
		String id = project.getId().toString();
		byte[] edited = fillRow(exported, "Kustannukset", List.of("ID", "Laji", "Vuodesta", "Summa (€)", "Arvonlisävero"),
				List.of(id, "Investointi", "syksyllä", "paljon", "alv 0 %"));
		edited = fillRow(edited, "Kustannukset",
				List.of("ID", "Laji", "Vuodesta", "Vuoteen", "Summa (€)", "Arvonlisävero"),
				List.of(id, "Jatkuva kustannus", "2027", "2026", "5000", ""));
		edited = fillRow(edited, "Resurssit", List.of("ID", "Taho", "Yksikkö", "Määrä"),
				List.of(id, "Naapurikunta", "htp", "10"));
		var session = new MockHttpSession();
		String page = upload(org.itManager(), edited, session);
		assertThat(page).contains("virheellisiä rivejä 1")
			.contains("Kustannukset, rivi 3, Vuodesta: Arvo &quot;syksyllä&quot; ei ole vuosi.")
			.contains("Kustannukset, rivi 3, Summa (€): Arvo &quot;paljon&quot; ei ole luku.")
			.contains("Kustannukset, rivi 4, Arvonlisävero: Arvo puuttuu.")
			.contains("Kustannukset, rivi 4, Vuoteen: ")
			.contains("Resurssit, rivi 2, Taho: Arvo &quot;Naapurikunta&quot; ei ole sallittu.")
			.doesNotContain("/projects/import/commit");
		assertThat(projects.get(org.id(), project.getId()).getRevision()).isEqualTo(1);
	}

	@Test
	void aLineForAProjectNotInTheFileRejectsTheFileWithItsRow() throws Exception {
		var org = data.organisation();
		data.project(org, "Tiedostossa oleva hanke");
		byte[] exported = download(org.itManager(), "/projects/export.xlsx");
		byte[] edited = fillRow(exported, "Kustannukset", List.of("Numero", "Laji", "Vuodesta", "Summa (€)",
				"Arvonlisävero"), List.of("9.9", "Investointi", "2027", "1000", "alv 0 %"));
		assertThat(upload(org.itManager(), edited, new MockHttpSession()))
			.contains("Välilehden Kustannukset rivin 3 kehittämiskohdetta &quot;9.9&quot; ei ole tiedoston");
	}

	@Test
	void aProjectWithoutLinesKeepsItsOwnAndARowWithOnlyTheKeyRemovesThem() throws Exception {
		var org = data.organisation();
		var kept = data.project(org, "Kustannukset säilyvät");
		var cleared = data.project(org, "Kustannukset poistuvat");
		byte[] exported = download(org.itManager(), "/projects/export.xlsx");
		byte[] edited = removeLines(exported, "Kustannukset", kept.getId().toString());
		edited = removeLines(edited, "Kustannukset", cleared.getId().toString());
		edited = fillRow(edited, "Kustannukset", List.of("ID"), List.of(cleared.getId().toString()));
		var session = new MockHttpSession();
		assertThat(upload(org.itManager(), edited, session)).contains("päivitetään 1, ennallaan 1");
		commit(org.itManager(), session);

		assertThat(projects.get(org.id(), kept.getId()).card().costs()).hasSize(1);
		assertThat(projects.get(org.id(), cleared.getId()).card().costs()).isEmpty();
	}

	@Test
	void createsProjectsFromTheTemplate() throws Exception {
		var org = data.organisation();
		byte[] template = download(org.itManager(), "/projects/import/template.xlsx");
		byte[] filled = fillRow(template, List.of("Kehittämiskohteen nimi", "Numero", "Omistava palvelualue",
				"Strategiset tavoitteet", "a) Tiedonhallinnan järjestäminen: arvio", "b) Tietoturvallisuus: arvio",
				"c) Tietojen käsittely: arvio", "d) Asianhallinta: arvio", "Alkaa"),
				List.of("Uusi asiointipalvelu", "7.1", "Sivistyspalvelut", "Asukaspalvelujen digitalisointi",
						"Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia", "2027"));
		var session = new MockHttpSession();
		assertThat(upload(org.itManager(), filled, session)).contains("Luodaan 1, päivitetään 0");
		commit(org.itManager(), session);

		assertThat(jdbc.sql("select summary from audit_entry where organisation_id = :org and action = :action")
			.param("org", org.id())
			.param("action", "portfolio.imported")
			.query(String.class)
			.list()).as("the import as a whole, like the register's").containsExactly("created 1, updated 0");
		String log = mvc.perform(get("/admin/audit").with(org.administrator().signedIn()))
			.andReturn().getResponse().getContentAsString();
		assertThat(log).contains("Kehittämiskohteita tuotiin Excelistä").contains("uusia kehittämiskohteita: 1, muutettuja: 0");
		String done = mvc.perform(get("/projects/import?imported=1").with(org.itManager().signedIn()))
			.andReturn().getResponse().getContentAsString();
		assertThat(done).contains("Tuonti valmis: 1 kortti tallennettiin.");

		var rows = portfolio.find(org.id(), PortfolioFilter.none()).rows();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.title()).isEqualTo("Uusi asiointipalvelu");
			assertThat(row.number()).isEqualTo("7.1");
			assertThat(row.serviceAreaId()).isEqualTo(org.serviceAreaId());
			assertThat(row.scheduleStart()).isEqualTo("2027");
		});
	}

	@Test
	void showsEachProblemWithItsRowColumnAndReasonAndWritesNothing() throws Exception {
		var org = data.organisation();
		byte[] file = Workbooks.of(List.of(
				List.of("Kehittämiskohteen nimi", "Omistava palvelualue", "Tila", "Alkaa", "Strategiset tavoitteet",
						"a) Tiedonhallinnan järjestäminen: arvio", "b) Tietoturvallisuus: arvio",
						"c) Tietojen käsittely: arvio", "d) Asianhallinta: arvio"),
				List.of("Kunnossa oleva rivi", "Sivistyspalvelut", "Ehdotus", "2026", "Asukaspalvelujen digitalisointi",
						"Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia"),
				List.of("Virheellinen rivi", "Olematon palvelualue", "Keskeneräinen", "syksyllä",
						"Asukaspalvelujen digitalisointi", "Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia",
						"Ei vaikutuksia")));
		var session = new MockHttpSession();
		String page = upload(org.itManager(), file, session);
		assertThat(page).contains("virheellisiä rivejä 1")
			.contains("Omistava palvelualue: Nimellä &quot;Olematon palvelualue&quot; ei löydy mitään tästä organisaatiosta.")
			.contains("Tila: Arvo &quot;Keskeneräinen&quot; ei ole sallittu.")
			.contains("Alkaa: Kirjoita muodossa 2023, Q3/2022 tai 8/2021.")
			.doesNotContain("/projects/import/commit");
		mvc.perform(post("/projects/import/commit").session(session).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().isOk());
		assertThat(portfolio.find(org.id(), PortfolioFilter.none()).total()).as("nothing written").isZero();
	}

	@Test
	void aPreviewWhoseCardsChangedMeanwhileIsRefusedWholeAndWritesNothing() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Muuttuva hanke");
		byte[] both = Workbooks.of(List.of(
				List.of("ID", "Kehittämiskohteen nimi", "Omistava palvelualue", "Strategiset tavoitteet",
						"a) Tiedonhallinnan järjestäminen: arvio", "b) Tietoturvallisuus: arvio",
						"c) Tietojen käsittely: arvio", "d) Asianhallinta: arvio"),
				List.of(project.getId().toString(), "Tuonnin nimi", "Sivistyspalvelut", "Asukaspalvelujen digitalisointi",
						"Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia"),
				List.of("", "Tuonnissa luotava", "Sivistyspalvelut", "Asukaspalvelujen digitalisointi",
						"Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia")));
		var user = org.itManager().asUser();
		var preview = imports.preview(user, both, FINNISH);
		assertThat(preview.committable()).isTrue();
		assertThat(preview.rows()).extracting(ImportPreview.Row::action)
			.containsExactly(ImportAction.UPDATE, ImportAction.CREATE);

		var meanwhile = data.card(org, "Toisen tallentama nimi");
		projects.revise(user, project.getId(), meanwhile, 1);

		var rejected = catchThrowableOfType(ImportRejected.class, () -> imports.commit(user, preview, FINNISH));
		assertThat(rejected.reason()).isEqualTo("exchange.rejected.stale");
		assertThat(projects.get(org.id(), project.getId()).getTitle()).isEqualTo("Toisen tallentama nimi");
		assertThat(portfolio.find(org.id(), PortfolioFilter.none()).total()).as("the new row was not created either")
			.isEqualTo(1);
	}

	@Test
	void aFileExportedBeforeTheCardChangedIsCaughtByItsVersion() {
		var org = data.organisation();
		var project = data.project(org, "Versioitu hanke");
		projects.revise(org.itManager().asUser(), project.getId(), data.card(org, "Versio kaksi"), 1);
		byte[] file = Workbooks.of(List.of(List.of("ID", "Versio", "Kehittämiskohteen nimi"),
				List.of(project.getId().toString(), "1", "Vanhan viennin nimi")));
		var preview = imports.preview(org.itManager().asUser(), file, FINNISH);
		assertThat(preview.committable()).isFalse();
		assertThat(preview.rows().getFirst().problems()).extracting(RowProblem::column).contains("Versio");
	}

	@Test
	void onlyPeopleWhoMayCreateProjectsImportAndOnlyIntoTheirServiceAreas() throws Exception {
		var org = data.organisation();
		mvc.perform(get("/projects/import").with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(multipart("/projects/import").file(file(Workbooks.simple())).with(csrf())
			.with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/projects/import").with(org.areaEditor().signedIn())).andExpect(status().isOk());

		byte[] otherArea = Workbooks.of(List.of(
				List.of("Kehittämiskohteen nimi", "Omistava palvelualue", "Strategiset tavoitteet",
						"a) Tiedonhallinnan järjestäminen: arvio", "b) Tietoturvallisuus: arvio",
						"c) Tietojen käsittely: arvio", "d) Asianhallinta: arvio"),
				List.of("Toisen alueen hanke", "Tekniset palvelut", "Asukaspalvelujen digitalisointi", "Ei vaikutuksia",
						"Ei vaikutuksia", "Ei vaikutuksia", "Ei vaikutuksia")));
		var preview = imports.preview(org.areaEditor().asUser(), otherArea, FINNISH);
		assertThat(preview.committable()).isFalse();
		assertThat(preview.rows().getFirst().problems()).extracting(RowProblem::reason)
			.contains("Sinulla ei ole oikeutta tallentaa tätä korttia tälle palvelualueelle.");
	}

	@Test
	void neverTouchesAnotherOrganisationsCardWhateverTheFileNames() {
		var mine = data.organisation();
		var theirs = data.organisation();
		var foreignCard = data.card(theirs, "Vieras hanke");
		var foreign = projects.create(theirs.itManager().asUser(), foreignCard);
		var user = mine.itManager().asUser();

		byte[] byId = Workbooks.of(List.of(List.of("ID", "Kehittämiskohteen nimi"),
				List.of(foreign.getId().toString(), "Kaapattu")));
		var preview = imports.preview(user, byId, FINNISH);
		assertThat(preview.committable()).isFalse();
		assertThat(preview.rows().getFirst().problems()).extracting(RowProblem::reason)
			.contains("Kehittämiskohdetta \"" + foreign.getId() + "\" ei löydy.");

		byte[] byNumber = Workbooks.of(List.of(List.of("Numero", "Kehittämiskohteen nimi"),
				List.of(foreignCard.number(), "Kaapattu")));
		assertThat(imports.preview(user, byNumber, FINNISH).rows()).extracting(ImportPreview.Row::action)
			.as("a number only finds the organisation's own cards").containsExactly(ImportAction.CREATE);
		assertThat(projects.get(theirs.id(), foreign.getId()).getRevision()).isEqualTo(1);
	}

	@Test
	void anOversizeUploadGetsAFriendlyAnswer() throws Exception {
		var org = data.organisation();
		String page = mvc.perform(multipart("/projects/import").file(file(new byte[6 * 1024 * 1024])).with(csrf())
			.with(org.itManager().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Tiedosto on liian suuri. Suurin sallittu koko on 5 Mt.");
	}

	@Test
	void aHostileFileIsRejectedOnThePageWithItsReason() throws Exception {
		var org = data.organisation();
		var session = new MockHttpSession();
		String page = upload(org.itManager(), Workbooks.withMethod(Workbooks.simple(), 93), session);
		assertThat(page).contains("Tiedostoa ei tuotu").contains("pakattu tavalla");
		assertThat(portfolio.find(org.id(), PortfolioFilter.none()).total()).isZero();
	}

	/** The card with a high priority, the way the form would save it. */
	private record ProjectCardWithPriority(ProjectCard card) {

		ProjectCard high() {
			var c = card;
			return c.toBuilder().priority(Priority.HIGH).build();
		}

	}

	private byte[] download(TestData.Person person, String url) throws Exception {
		return mvc.perform(get(url).with(person.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	private String upload(TestData.Person person, byte[] file, MockHttpSession session) throws Exception {
		return mvc.perform(multipart("/projects/import").file(file(file)).session(session).with(csrf())
			.with(person.signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void commit(TestData.Person person, MockHttpSession session) throws Exception {
		mvc.perform(post("/projects/import/commit").session(session).with(csrf()).with(person.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/projects/import?imported="));
	}

	private static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "kehittamiskohteet.xlsx", SpreadsheetDownload.XLSX, bytes);
	}

	/** The workbook with the cell under the heading changed in the row whose first cell is the id. */
	private static byte[] edit(byte[] file, String id, String heading, String value) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file)); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.getSheetAt(0);
			int column = Workbooks.texts(sheet.getRow(0)).indexOf(heading);
			for (var row : sheet) {
				if (row.getCell(0) != null && id.equals(row.getCell(0).getStringCellValue())) {
					// A new cell, as a spreadsheet program writes it; POI would keep an inline string's old text.
					row.removeCell(row.getCell(column));
					row.createCell(column).setCellValue(value);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A number typed into the cell under the heading, in the first row of the named sheet whose first cell is the id. */
	private static byte[] edit(byte[] file, String sheetName, String id, String heading, double value)
			throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file)); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.getSheet(sheetName);
			int column = Workbooks.texts(sheet.getRow(0)).indexOf(heading);
			for (var row : sheet) {
				if (row.getCell(0) != null && id.equals(row.getCell(0).getStringCellValue())) {
					row.removeCell(row.getCell(column));
					row.createCell(column).setCellValue(value);
					break;
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The named sheet without the rows whose first cell is the id, the rows below moved up. */
	private static byte[] removeLines(byte[] file, String sheetName, String id) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file)); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.getSheet(sheetName);
			for (int r = sheet.getLastRowNum(); r >= 1; r--) {
				var row = sheet.getRow(r);
				if (row != null && row.getCell(0) != null && id.equals(row.getCell(0).getStringCellValue())) {
					sheet.removeRow(row);
					if (r < sheet.getLastRowNum()) {
						sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The workbook with a new row after the last, its cells under the given headings. */
	private static byte[] fillRow(byte[] file, List<String> headings, List<String> values) throws Exception {
		return fillRow(file, null, headings, values);
	}

	/** The named sheet (the first when null) with a new row after the last, its cells under the given headings. */
	private static byte[] fillRow(byte[] file, @Nullable String sheetName, List<String> headings, List<String> values)
			throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file)); var out = new ByteArrayOutputStream()) {
			var sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
			var all = Workbooks.texts(sheet.getRow(0));
			var row = sheet.createRow(sheet.getLastRowNum() + 1);
			for (int i = 0; i < headings.size(); i++) {
				row.createCell(all.indexOf(headings.get(i))).setCellValue(values.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
