package fi.ohjaamo.registers.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.exchange.Workbooks;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Assessment;
import fi.ohjaamo.registers.ContractDefinition;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Direction;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Integration;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.registers.Verdict;
import fi.ohjaamo.registers.YearCost;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register exported to Excel, read back as a person would: every field of each system with names for ids and
 * dates as dates, the integrations, yearly costs, vendors and contracts with their notice deadline; the export is
 * audited, shows nothing of another organisation, and imported back it changes nothing.
 */
@IntegrationTest
class RegisterExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	Vendors vendors;

	@Autowired
	Contracts contracts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyoneWhoReadsTheRegisterExportsItWithEverySheet() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		systems.add(other.id(), SystemDefinition.named("Toisen organisaation järjestelmä"));
		register(org);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export(org.viewer())))) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
					workbook.getSheetName(3), workbook.getSheetName(4)))
				.containsExactly("Järjestelmät", "Integraatiot", "Kustannukset", "Toimittajat", "Sopimukset");
			var list = workbook.getSheet("Järjestelmät");
			var headings = Workbooks.texts(list.getRow(0));
			assertThat(list.getLastRowNum()).as("only the organisation's own two systems").isEqualTo(2);
			var effica = rowOf(list, "Terveydenhuollon Effica");
			assertThat(cell(effica, headings, "Toiminto")).isEqualTo("Terveyspalvelut");
			assertThat(cell(effica, headings, "Toimittaja")).isEqualTo("Tieto");
			assertThat(cell(effica, headings, "Palvelualue")).isEqualTo("Sivistyspalvelut");
			assertThat(cell(effica, headings, "Omistajayksikkö")).isEqualTo("Varhaiskasvatus");
			assertThat(cell(effica, headings, "Käyttäjiä")).isEqualTo("420");
			assertThat(cell(effica, headings, "Kriittisyys")).isEqualTo("Kriittinen");
			assertThat(cell(effica, headings, "Tuotantoympäristö")).isEqualTo("Oma konesali");
			assertThat(cell(effica, headings, "Henkilötietoja")).isEqualTo("Kyllä");
			assertThat(cell(effica, headings, "Käyttölokit (17 §)")).isEqualTo("Kyllä");
			assertThat(cell(effica, headings, "Elinkaaren vaihe")).isEqualTo("Poistumassa");
			assertThat(cell(effica, headings, "Alusta")).isEqualTo("Windows Server 2012 R2");
			assertThat(cell(effica, headings, "Alustan tuki päättyy")).isEqualTo("13.10.2026");
			assertThat(cell(effica, headings, "Viimeisin arvio")).isEqualTo("1.5.2025");
			assertThat(cell(effica, headings, "Johtopäätös")).isEqualTo("Korvataan");
			var kanta = rowOf(list, "Kanta-liittymä");
			assertThat(List.of(cell(kanta, headings, "Kriittisyys"), cell(kanta, headings, "Tuotantoympäristö"),
					cell(kanta, headings, "Henkilötietoja"), cell(kanta, headings, "Käyttölokit (17 §)")))
				.as("questions not answered are written as such, never as a guess")
				.containsOnly("Ei tiedossa");
			var supportEnds = effica.getCell(headings.indexOf("Tuki päättyy"));
			assertThat(DateUtil.isCellDateFormatted(supportEnds)).as("dates are dates").isTrue();
			assertThat(supportEnds.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 13));

			assertThat(Workbooks.texts(workbook.getSheet("Integraatiot").getRow(1)))
				.containsExactly("Terveydenhuollon Effica", "Kanta-liittymä", "Kaksisuuntainen", "HL7-sanomat");
			var cost = workbook.getSheet("Kustannukset").getRow(1);
			assertThat(cost.getCell(0).getStringCellValue()).isEqualTo("Terveydenhuollon Effica");
			assertThat(List.of(cost.getCell(1).getNumericCellValue(), cost.getCell(2).getNumericCellValue(),
					cost.getCell(3).getNumericCellValue(), cost.getCell(4).getNumericCellValue()))
				.as("year, maintenance, licences and total as numbers").containsExactly(2025.0, 120000.0, 30000.5, 150000.5);
			assertThat(Workbooks.texts(workbook.getSheet("Toimittajat").getRow(1)))
				.containsExactly("Tieto", "0101263-6", "asiakaspalvelu@tieto.example");
			var contract = Workbooks.texts(workbook.getSheet("Sopimukset").getRow(1));
			assertThat(contract).startsWith("Potilastietojärjestelmän ylläpito", "Tieto", "",
					"Kanta-liittymä; Terveydenhuollon Effica");
			var deadline = workbook.getSheet("Sopimukset").getRow(1).getCell(8);
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).as("the notice deadline")
				.isEqualTo(LocalDate.of(2026, 6, 30));
		}
		assertThat(jdbc.sql("select summary from audit_entry where organisation_id = :org and action = 'registers.exported'")
			.param("org", org.id()).query(String.class).list()).containsExactly("information systems (2)");
	}

	@Test
	void theListsFilterChoosesTheSystemsOfTheSpreadsheet() throws Exception {
		var org = data.organisation();
		register(org);

		String list = mvc.perform(get("/registers/systems?q=effica&criticality=CRITICAL").with(org.viewer().signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).as("the list's export link carries its filter")
			.contains("href=\"/registers/systems.xlsx?q=effica&amp;criticality=CRITICAL\"");

		byte[] file = mvc.perform(get("/registers/systems.xlsx?q=effica&criticality=CRITICAL")
			.with(org.viewer().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			var systemsSheet = workbook.getSheet("Järjestelmät");
			assertThat(systemsSheet.getLastRowNum()).as("Kanta-liittymä is left out as the list leaves it out")
				.isEqualTo(1);
			rowOf(systemsSheet, "Terveydenhuollon Effica");
		}
	}

	@Test
	void anExportImportedBackChangesNothing() throws Exception {
		var org = data.organisation();
		register(org);
		var before = systems.of(org.id()).stream().map(s -> s.getVersion()).toList();
		var vendorVersions = vendors.of(org.id()).stream().map(v -> v.getVersion()).toList();
		var contractVersions = contracts.of(org.id()).stream().map(c -> c.getVersion()).toList();
		var session = new MockHttpSession();
		String preview = SystemImportSteps.upload(mvc, org.itManager(), export(org.itManager()), session);
		assertThat(preview).contains("Lisätään 0, päivitetään 0, ennallaan 2, virheellisiä rivejä 0, uusia toimittajia 0.",
				"Integraatiot: lisätään 0, päivitetään 0, ennallaan 1, virheellisiä rivejä 0.",
				"Kustannukset: lisätään 0, päivitetään 0, ennallaan 1, virheellisiä rivejä 0.",
				"Toimittajat: lisätään 0, päivitetään 0, ennallaan 1, virheellisiä rivejä 0.",
				"Sopimukset: lisätään 0, päivitetään 0, ennallaan 1, virheellisiä rivejä 0.");
		SystemImportSteps.commit(mvc, org.itManager(), session);
		assertThat(systems.of(org.id()).stream().map(s -> s.getVersion()).toList()).isEqualTo(before);
		assertThat(vendors.of(org.id()).stream().map(v -> v.getVersion()).toList()).isEqualTo(vendorVersions);
		assertThat(contracts.of(org.id()).stream().map(c -> c.getVersion()).toList()).isEqualTo(contractVersions);
		assertThat(systems.of(org.id())).as("a main user who is one of the organisation's people stays that person")
			.anySatisfy(s -> assertThat(s.getMainUserPersonId()).isEqualTo(org.itManager().id()));
	}

	@Test
	void theWholeRegisterImportsBackWithItsIntegrationsCostsVendorsAndContracts() throws Exception {
		var org = data.organisation();
		register(org);
		var empty = data.organisation();

		var session = new MockHttpSession();
		String preview = SystemImportSteps.upload(mvc, empty.itManager(), export(org.itManager()), session);
		assertThat(preview).contains("Lisätään 2, päivitetään 0, ennallaan 0, virheellisiä rivejä 0",
				"Integraatiot: lisätään 1", "Kustannukset: lisätään 1", "Toimittajat: lisätään 1",
				"Sopimukset: lisätään 1");
		SystemImportSteps.commit(mvc, empty.itManager(), session);

		var tieto = vendors.of(empty.id()).getFirst();
		assertThat(vendors.of(empty.id())).as("the vendor once, with its business id and contact").hasSize(1);
		assertThat(tieto.definition()).isEqualTo(new VendorDefinition("Tieto", "0101263-6", "asiakaspalvelu@tieto.example"));
		var imported = systems.of(empty.id());
		var effica = imported.stream().filter(s -> s.getName().equals("Terveydenhuollon Effica")).findFirst().orElseThrow();
		var kanta = imported.stream().filter(s -> s.getName().equals("Kanta-liittymä")).findFirst().orElseThrow();
		assertThat(effica.getVendorId()).isEqualTo(tieto.getId());
		assertThat(effica.getIntegrations())
			.containsExactly(new Integration(kanta.getId(), Direction.BOTH_WAYS, "HL7-sanomat"));
		assertThat(effica.getCosts()).singleElement().satisfies(cost -> {
			assertThat(cost.year()).isEqualTo(2025);
			assertThat(cost.maintenance()).isEqualByComparingTo("120000");
			assertThat(cost.licences()).isEqualByComparingTo("30000.50");
		});
		assertThat(contracts.of(empty.id())).singleElement().satisfies(contract -> {
			assertThat(contract.getSubject()).isEqualTo("Potilastietojärjestelmän ylläpito");
			assertThat(contract.getVendorId()).isEqualTo(tieto.getId());
			assertThat(contract.getSystemIds()).containsExactlyInAnyOrder(effica.getId(), kanta.getId());
			assertThat(contract.getValue()).isEqualByComparingTo("600000");
			assertThat(contract.getStartsOn()).isEqualTo(LocalDate.of(2020, 1, 1));
			assertThat(contract.getEndsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
			assertThat(contract.getNoticeMonths()).isEqualTo(18);
		});

		var again = new MockHttpSession();
		assertThat(SystemImportSteps.upload(mvc, empty.itManager(), export(empty.itManager()), again))
			.as("and the imported register exports and imports back as it is")
			.contains("Lisätään 0, päivitetään 0, ennallaan 2", "Integraatiot: lisätään 0, päivitetään 0, ennallaan 1",
					"Sopimukset: lisätään 0, päivitetään 0, ennallaan 1");
	}

	@Test
	void editedRowsOfTheOtherSheetsChangeTheirRecordsAndABadRowStopsTheWholeImport() throws Exception {
		var org = data.organisation();
		register(org);
		byte[] file = export(org.itManager());
		file = edit(file, "Kustannukset", 1, "Ylläpito", 125000);
		file = edit(file, "Sopimukset", 1, "Irtisanomisaika (kuukautta)", 12);
		byte[] broken = edit(file, "Integraatiot", 1, "Toinen järjestelmä", "Tuntematon järjestelmä");

		var session = new MockHttpSession();
		String refused = SystemImportSteps.upload(mvc, org.itManager(), broken, session);
		assertThat(refused).contains("Integraatiot: lisätään 0, päivitetään 0, ennallaan 0, virheellisiä rivejä 1.",
				"Nimellä \"Tuntematon järjestelmä\" ei löydy mitään tästä organisaatiosta.")
			.doesNotContain("/registers/systems/import/commit");
		var costBefore = systems.of(org.id()).stream().flatMap(s -> s.getCosts().stream()).toList();
		assertThat(costBefore).singleElement().satisfies(c -> assertThat(c.maintenance()).isEqualByComparingTo("120000"));

		var good = new MockHttpSession();
		assertThat(SystemImportSteps.upload(mvc, org.itManager(), file, good)).contains(
				"Kustannukset: lisätään 0, päivitetään 1, ennallaan 0", "Sopimukset: lisätään 0, päivitetään 1, ennallaan 0",
				"Integraatiot: lisätään 0, päivitetään 0, ennallaan 1");
		SystemImportSteps.commit(mvc, org.itManager(), good);
		assertThat(systems.of(org.id()).stream().flatMap(s -> s.getCosts().stream()).toList()).singleElement()
			.satisfies(c -> assertThat(c.maintenance()).isEqualByComparingTo("125000"));
		assertThat(contracts.of(org.id())).singleElement()
			.satisfies(c -> assertThat(c.getNoticeMonths()).isEqualTo(12));
	}

	@Test
	void aMainUserNamedAsOneOfThePeopleBecomesThatPersonAndAnImportWithoutTheColumnKeepsThem() throws Exception {
		var org = data.organisation();
		var kept = systems.add(org.id(), SystemDefinition.named("Asianhallinta").withMainUserPerson(org.viewer().id()));
		var session = new MockHttpSession();
		String preview = SystemImportSteps.upload(mvc, org.itManager(), Workbooks.of(List.of(
				List.of("Järjestelmän nimi", "Pääkäyttäjä"), List.of("Palkanlaskenta", org.itManager().name()),
				List.of("Kuntatoimisto", "Toimittajan tukihenkilö"))), session);
		assertThat(preview).contains("Lisätään 2");
		SystemImportSteps.commit(mvc, org.itManager(), session);
		assertThat(systems.of(org.id())).anySatisfy(s -> {
			assertThat(s.getName()).isEqualTo("Palkanlaskenta");
			assertThat(s.getMainUserPersonId()).isEqualTo(org.itManager().id());
			assertThat(s.getMainUser()).isEmpty();
		}).anySatisfy(s -> {
			assertThat(s.getName()).isEqualTo("Kuntatoimisto");
			assertThat(s.getMainUserPersonId()).isNull();
			assertThat(s.getMainUser()).isEqualTo("Toimittajan tukihenkilö");
		});

		var again = new MockHttpSession();
		SystemImportSteps.upload(mvc, org.itManager(), Workbooks.of(List.of(
				List.of("Järjestelmän nimi", "Toiminto"), List.of("Asianhallinta", "Asiakirjat ja päätökset"))), again);
		SystemImportSteps.commit(mvc, org.itManager(), again);
		assertThat(systems.get(org.id(), kept.getId()).getMainUserPersonId())
			.as("an updating row without a main-user column leaves the main user as they were")
			.isEqualTo(org.viewer().id());
	}

	/** A system with every field, an integration, a year's costs and an assessment, and a contract covering it. */
	private void register(TestData.Org org) {
		var tieto = vendors.add(org.id(), new VendorDefinition("Tieto", "0101263-6", "asiakaspalvelu@tieto.example"));
		var effica = systems.add(org.id(), new SystemDefinition("Terveydenhuollon Effica", "Terveyspalvelut",
				org.serviceAreaId(), org.unitId(), "Osastonhoitaja", tieto.getId(), 420, Criticality.CRITICAL,
				Hosting.OWN_DATA_CENTRE, Answer.YES, true, "Potilasasiakirjat pysyvästi", Answer.YES, Phase.PHASING_OUT,
				LocalDate.of(2008, 1, 1), LocalDate.of(2027, 12, 31), "Windows Server 2012 R2",
				LocalDate.of(2026, 10, 13)));
		var kanta = systems.add(org.id(),
				SystemDefinition.named("Kanta-liittymä").withMainUserPerson(org.itManager().id()));
		systems.integrate(org.id(), effica.getId(), new Integration(kanta.getId(), Direction.BOTH_WAYS, "HL7-sanomat"));
		systems.cost(org.id(), effica.getId(), new YearCost(2025, new BigDecimal("120000"), new BigDecimal("30000.50")));
		systems.assess(org.id(), effica.getId(),
				new Assessment(LocalDate.of(2025, 5, 1), 2, 2, Verdict.REPLACE, "Tuki päättyy"));
		contracts.add(org.id(), new ContractDefinition(tieto.getId(), "Potilastietojärjestelmän ylläpito", "",
				List.of(effica.getId(), kanta.getId()), new BigDecimal("600000"), LocalDate.of(2020, 1, 1),
				LocalDate.of(2027, 12, 31), 18, "", "", ""));
	}

	private byte[] export(TestData.Person person) throws Exception {
		return mvc.perform(get("/registers/systems.xlsx").with(person.signedIn())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	/** The workbook with the cell under the heading of the named sheet's row set to the value, as typed. */
	private static byte[] edit(byte[] file, String sheetName, int rowNumber, String heading, Object value)
			throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.getSheet(sheetName);
			int column = Workbooks.texts(sheet.getRow(0)).indexOf(heading);
			assertThat(column).as("the heading %s on %s", heading, sheetName).isNotNegative();
			var row = sheet.getRow(rowNumber);
			row.removeCell(row.getCell(column));
			var cell = row.createCell(column);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static Row rowOf(Sheet sheet, String name) {
		for (var row : sheet) {
			if (Workbooks.texts(row).contains(name)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + name);
	}

	private static String cell(Row row, List<String> headings, String heading) {
		return Workbooks.texts(row).get(headings.indexOf(heading));
	}

}
