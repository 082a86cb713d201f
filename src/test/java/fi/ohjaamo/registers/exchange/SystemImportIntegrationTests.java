package fi.ohjaamo.registers.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.exchange.Workbooks;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing an application list into the register: a strategy's table becomes systems with their vendors, a known
 * name updates only the columns given, every row problem is shown in its row and column, a commit writes all rows
 * or none, and names reach nothing of another organisation.
 */
@IntegrationTest
class SystemImportIntegrationTests {

	/** The application list of a municipal IT strategy, as its table prints it. */
	static final List<List<String>> STRATEGY_TABLE = List.of(List.of("Toiminto", "Järjestelmän nimi", "Toimittaja"),
			List.of("Terveyspalvelut", "Terveydenhuollon Effica", "Tieto"),
			List.of("Sosiaalipalvelut", "Yksilö- ja perhehuollon Effica", "Tieto"),
			List.of("Taloushallinto", "IntimePlus", "Aditro"), List.of("Ostolaskut", "Basware IP", "Basware"),
			List.of("Talousraportointi", "BusinessPlanning", "Basware"),
			List.of("Asianhallinta", "Kuntatoimisto", "Triplan"), List.of("Palkanlaskenta", "Pegasos", "Logica"),
			List.of("Karttapalvelut", "City (Turusta)", "Tekla"),
			List.of("Oppilashallinto", "Primus/Wilma/Kurre", "Starsoft"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	Vendors vendors;

	@Autowired
	Versions versions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Test
	void aStrategysApplicationListBecomesSystemsWithTheirVendorsCreatedOnce() throws Exception {
		var org = data.organisation();
		vendors.add(org.id(), VendorDefinition.named("Tieto"));
		var session = new MockHttpSession();
		String preview = upload(org.itManager(), Workbooks.of(STRATEGY_TABLE), session);
		assertThat(preview).contains("Lisätään 9, päivitetään 0, ennallaan 0, virheellisiä rivejä 0, uusia toimittajia 6.")
			.contains("Basware (uusi toimittaja)").doesNotContain("Tieto (uusi toimittaja)");
		commit(org.itManager(), session);

		var byName = systems.of(org.id()).stream()
			.collect(Collectors.toMap(InformationSystem::getName, s -> s));
		assertThat(byName).hasSize(9);
		var basware = vendors.of(org.id()).stream().filter(v -> v.getName().equals("Basware")).findFirst().orElseThrow();
		assertThat(byName.get("Basware IP").getVendorId()).isEqualTo(basware.getId());
		assertThat(byName.get("BusinessPlanning").getVendorId()).isEqualTo(basware.getId());
		assertThat(byName.get("Pegasos").getPurpose()).isEqualTo("Palkanlaskenta");
		assertThat(vendors.of(org.id())).extracting(Vendor::getName)
			.containsExactly("Aditro", "Basware", "Logica", "Starsoft", "Tekla", "Tieto", "Triplan");
		assertThat(versions.count(org.id(), new Subject("information-system", byName.get("Pegasos").getId())))
			.as("each system's first version is kept like the form's").isEqualTo(1);
		assertThat(audit(org.id(), "registers.systems-imported"))
			.containsExactly("created 9, updated 0, new vendors 6");
		assertThat(audit(org.id(), "registers.system-added")).hasSize(9);
	}

	@Test
	void aKnownNameUpdatesOnlyTheGivenColumnsAndThePreviewSaysWhichChange() throws Exception {
		var org = data.organisation();
		var before = systems.add(org.id(), new SystemDefinition("Pegasos", "Palkanlaskenta", null, null,
				"Palkkasihteeri", null, 25, Criticality.MEDIUM, Hosting.SAAS, true, false, "", true,
				Phase.IN_USE, LocalDate.of(2013, 1, 1), null, "", null));
		var file = Workbooks.of(List.of(List.of("järjestelmän NIMI", "Omistajayksikkö", "Kriittisyys", "Käyttäjiä"),
				List.of("Pegasos", "Varhaiskasvatus", "Kriittinen", "25")));
		var session = new MockHttpSession();
		String preview = upload(org.itManager(), file, session);
		assertThat(preview).contains("Lisätään 0, päivitetään 1, ennallaan 0")
			.contains("<li>Omistajayksikkö</li>").contains("<li>Kriittisyys</li>").doesNotContain("<li>Käyttäjiä</li>");
		commit(org.itManager(), session);

		var after = systems.get(org.id(), before.getId());
		assertThat(after.definition()).isEqualTo(new SystemDefinition("Pegasos", "Palkanlaskenta", null, org.unitId(),
				"Palkkasihteeri", null, 25, Criticality.CRITICAL, Hosting.SAAS, true, false, "",
				true, Phase.IN_USE, LocalDate.of(2013, 1, 1), null, "", null));
		assertThat(versions.count(org.id(), new Subject("information-system", before.getId()))).isEqualTo(2);
		assertThat(audit(org.id(), "registers.systems-imported")).containsExactly("created 0, updated 1, new vendors 0");
	}

	@Test
	void showsEveryRowProblemInItsRowAndColumnAndWritesNothing() throws Exception {
		var org = data.organisation();
		var file = Workbooks.of(List.of(
				List.of("Järjestelmän nimi", "Toimittaja", "Omistajayksikkö", "Kriittisyys", "Käytössä alkaen",
						"Tuotteen tuki päättyy", "Käyttäjiä"),
				List.of("Kunnossa", "Uusi Oy", "Varhaiskasvatus", "Suuri", "1.1.2015", "31.12.2030", "10"),
				List.of("", "Toimittaja ilman järjestelmää", "", "", "", "", ""),
				List.of("Yksikötön", "", "Olematon yksikkö", "", "", "", ""),
				List.of("Väärä luokka", "", "", "Hirveä", "", "", ""),
				List.of("Väärä päivä", "", "", "", "31.2.2026", "", ""),
				List.of("Negatiivinen", "", "", "", "", "", "-5"),
				List.of("Tuki loppuu ensin", "", "", "", "2020-01-01", "2019-12-31", ""),
				List.of("kunnossa", "", "", "", "", "", "")));
		var session = new MockHttpSession();
		String page = upload(org.itManager(), file, session);
		assertThat(page).contains("virheellisiä rivejä 7")
			.contains("Järjestelmän nimi: Järjestelmän nimi puuttuu.")
			.contains("Omistajayksikkö: Nimellä \"Olematon yksikkö\" ei löydy mitään tästä organisaatiosta.")
			.contains("Kriittisyys: Arvo \"Hirveä\" ei ole sallittu.")
			.contains("Käytössä alkaen: Arvo \"31.2.2026\" ei ole päivämäärä.")
			.contains("Käyttäjiä: Käyttäjiä ei voi olla vähemmän kuin nolla.")
			.contains("Tuotteen tuki päättyy: Tuki ei voi päättyä ennen käyttöönottoa.")
			.contains("Järjestelmän nimi: Sama järjestelmä on tiedostossa jo rivillä 2.")
			.doesNotContain("/registers/systems/import/commit\"");
		assertThat(rowsWithProblems(page)).containsExactly("3", "4", "5", "6", "7", "8", "9");
		mvc.perform(post("/registers/systems/import/commit").session(session).with(csrf())
			.with(org.itManager().signedIn())).andExpect(status().isOk());
		assertThat(systems.of(org.id())).as("nothing written, not even the valid row").isEmpty();
		assertThat(vendors.of(org.id())).isEmpty();
	}

	@Test
	void aPreviewWhoseSystemChangedMeanwhileIsRefusedWholeAndWritesNothing() throws Exception {
		var org = data.organisation();
		var kept = systems.add(org.id(), SystemDefinition.named("Kuntatoimisto"));
		var session = new MockHttpSession();
		upload(org.itManager(), Workbooks.of(List.of(List.of("Järjestelmän nimi", "Toiminto"),
				List.of("Uusi järjestelmä", "Uusi"), List.of("Kuntatoimisto", "Asianhallinta"))), session);
		var itManager = org.itManager().asUser();
		systems.redefine(itManager, kept.getId(), new SystemDefinitionWithPurpose("Diaari").of("Kuntatoimisto"),
				kept.getVersion());

		String page = text(mvc.perform(post("/registers/systems/import/commit").session(session).with(csrf())
			.with(org.itManager().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("joku muutti luetteloa esikatselun jälkeen (rivi 3)");
		assertThat(systems.of(org.id())).extracting(InformationSystem::getName).containsExactly("Kuntatoimisto");
		assertThat(systems.get(org.id(), kept.getId()).getPurpose()).isEqualTo("Diaari");
	}

	@Test
	void namesNeverReachAnotherOrganisation() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var theirVendor = vendors.add(theirs.id(), VendorDefinition.named("Vieras Oy"));
		var theirSystem = systems.add(theirs.id(), SystemDefinition.named("Vieras järjestelmä"));
		organisations.addServiceArea(theirs.id(), "Vain heidän yksikkönsä", 3);

		var session = new MockHttpSession();
		String page = upload(mine.itManager(), Workbooks.of(List.of(
				List.of("Järjestelmän nimi", "Toimittaja", "Omistajayksikkö"),
				List.of("Vieras järjestelmä", "Vieras Oy", "Varhaiskasvatus"),
				List.of("Toinen", "", "Vain heidän yksikkönsä"))), session);
		assertThat(page).contains("Lisätään 1").contains("Vieras Oy (uusi toimittaja)")
			.contains("Omistajayksikkö: Nimellä \"Vain heidän yksikkönsä\" ei löydy mitään tästä organisaatiosta.");

		upload(mine.itManager(), Workbooks.of(List.of(List.of("Järjestelmän nimi", "Toimittaja"),
				List.of("Vieras järjestelmä", "Vieras Oy"))), session);
		commit(mine.itManager(), session);
		var created = systems.of(mine.id()).getFirst();
		assertThat(created.getId()).isNotEqualTo(theirSystem.getId());
		assertThat(created.getVendorId()).isNotEqualTo(theirVendor.getId());
		assertThat(systems.get(theirs.id(), theirSystem.getId()).getVersion()).isEqualTo(theirSystem.getVersion());
		assertThat(vendors.of(theirs.id())).hasSize(1);
	}

	@Test
	void hostileFilesAreRejectedOnThePageWithTheirReason() throws Exception {
		var org = data.organisation();
		var session = new MockHttpSession();
		assertThat(upload(org.itManager(), Workbooks.withMethod(Workbooks.simple(), 93), session))
			.contains("Tiedostoa ei tuotu").contains("pakattu tavalla");
		var macros = Workbooks.entries(Workbooks.of(STRATEGY_TABLE));
		macros.put("xl/vbaProject.bin", new byte[] { 1, 2, 3 });
		assertThat(upload(org.itManager(), Workbooks.zip(macros), session)).contains("Tiedostossa on makroja.");
		var bomb = Workbooks.entries(Workbooks.of(STRATEGY_TABLE));
		bomb.put("xl/media/padding.bin", new byte[8 * 1024 * 1024]);
		assertThat(upload(org.itManager(), Workbooks.zip(bomb), session))
			.contains("Tiedosto purkautuu liian suureksi. Tuo järjestelmät pienemmissä osissa.");
		assertThat(upload(org.itManager(), Workbooks.simple(), session))
			.contains("Tiedostosta ei löydy sovellusluettelon sarakkeita.");
		assertThat(upload(org.itManager(), new byte[6 * 1024 * 1024], session))
			.contains("Tiedosto on liian suuri. Suurin sallittu koko on 5 Mt.");
		assertThat(systems.of(org.id())).isEmpty();
	}

	@Test
	void headingsInSwedishOrEnglishAndDatesAsExcelKeepsThemImportInAFinnishSession() throws Exception {
		var org = data.organisation();
		byte[] file;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Applications");
			var heading = sheet.createRow(0);
			List.of("System name", "Leverantör", "Criticality", "I bruk sedan")
				.forEach(h -> heading.createCell(heading.getPhysicalNumberOfCells()).setCellValue(h));
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("Primus/Wilma");
			row.createCell(1).setCellValue("Starsoft");
			row.createCell(2).setCellValue("High");
			// A date typed into Excel is a number with the built-in short date format (14).
			var date = workbook.createCellStyle();
			date.setDataFormat((short) 14);
			var cell = row.createCell(3);
			cell.setCellValue(LocalDate.of(2011, 8, 15));
			cell.setCellStyle(date);
			workbook.write(out);
			file = out.toByteArray();
		}
		var session = new MockHttpSession();
		assertThat(upload(org.itManager(), file, session)).contains("Lisätään 1").contains("virheellisiä rivejä 0");
		commit(org.itManager(), session);
		var system = systems.of(org.id()).getFirst();
		assertThat(system.getCriticality()).isEqualTo(Criticality.HIGH);
		assertThat(system.getInUseSince()).isEqualTo(LocalDate.of(2011, 8, 15));
		assertThat(vendors.get(org.id(), system.getVendorId()).getName()).isEqualTo("Starsoft");
	}

	@Test
	void onlyThoseWhoKeepTheRegisterImport() throws Exception {
		var org = data.organisation();
		mvc.perform(get("/registers/systems/import").with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/registers/systems/import").with(org.areaEditor().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/registers/systems/import").file(SystemImportSteps.file(Workbooks.of(STRATEGY_TABLE))).with(csrf())
			.with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/registers/systems/import").with(org.administrator().signedIn())).andExpect(status().isOk());
		assertThat(systems.of(org.id())).isEmpty();
	}

	@Test
	void theTemplateHasEveryColumnAndAnExampleThatImports() throws Exception {
		var org = data.organisation();
		byte[] template = mvc.perform(get("/registers/systems/import/template.xlsx").with(org.itManager().signedIn()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var rows = Workbooks.read(template);
		assertThat(rows.getFirst()).startsWith("Toiminto", "Järjestelmän nimi", "Toimittaja").hasSize(18);
		assertThat(rows).hasSize(2);
		assertThat(upload(org.itManager(), template, new MockHttpSession()))
			.contains("Lisätään 1, päivitetään 0, ennallaan 0, virheellisiä rivejä 0, uusia toimittajia 1.");
	}

	/** A plain definition with a purpose, as the form would save it. */
	private record SystemDefinitionWithPurpose(String purpose) {

		SystemDefinition of(String name) {
			var d = SystemDefinition.named(name);
			return new SystemDefinition(d.name(), purpose, d.serviceAreaId(), d.ownerUnitId(), d.mainUser(),
					d.vendorId(), d.userCount(), d.criticality(), d.hosting(), d.personalData(), d.confidentialData(),
					d.retentionNotes(), d.useLogged(), d.phase(), d.inUseSince(), d.productSupportEnds(), d.platform(),
					d.platformSupportEnds());
		}

	}

	private List<String> audit(UUID org, String action) {
		return jdbc.sql("select summary from audit_entry where organisation_id = :org and action = :action")
			.param("org", org).param("action", action).query(String.class).list();
	}

	/** The row numbers the preview marks as having problems. */
	private static List<String> rowsWithProblems(String page) {
		var matcher = Pattern.compile("<tr class=\"row-with-problems\">\\s*<td>(\\d+)</td>").matcher(page);
		var rows = new ArrayList<String>();
		while (matcher.find()) {
			rows.add(matcher.group(1));
		}
		return rows;
	}

	private String upload(TestData.Person person, byte[] file, MockHttpSession session) throws Exception {
		return SystemImportSteps.upload(mvc, person, file, session);
	}

	private void commit(TestData.Person person, MockHttpSession session) throws Exception {
		SystemImportSteps.commit(mvc, person, session);
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html);
	}

}
