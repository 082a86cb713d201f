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
import fi.ohjaamo.registers.Answer;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
			.contains("9 rivillä kriittisyys, tuotantoympäristö, henkilötiedot tai käyttölokit jäävät vastaamatta")
			.contains("Basware (uusi toimittaja)").doesNotContain("Tieto (uusi toimittaja)");
		commit(org.itManager(), session);

		var byName = systems.of(org.id()).stream()
			.collect(Collectors.toMap(InformationSystem::getName, s -> s));
		assertThat(byName).hasSize(9);
		var basware = vendors.of(org.id()).stream().filter(v -> v.getName().equals("Basware")).findFirst().orElseThrow();
		assertThat(byName.get("Basware IP").getVendorId()).isEqualTo(basware.getId());
		assertThat(byName.get("BusinessPlanning").getVendorId()).isEqualTo(basware.getId());
		assertThat(byName.get("Pegasos").getPurpose()).isEqualTo("Palkanlaskenta");
		assertThat(byName.values()).as("a list without the columns guesses none of the answers")
			.allSatisfy(s -> assertThat(List.of(s.getCriticality(), s.getHosting(), s.getPersonalData(),
					s.getUseLogged())).containsExactly(Criticality.UNKNOWN, Hosting.UNKNOWN, Answer.UNKNOWN,
							Answer.UNKNOWN));
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
				"Palkkasihteeri", null, 25, Criticality.MEDIUM, Hosting.SAAS, Answer.YES, false, "", Answer.YES,
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
				"Palkkasihteeri", null, 25, Criticality.CRITICAL, Hosting.SAAS, Answer.YES, false, "",
				Answer.YES, Phase.IN_USE, LocalDate.of(2013, 1, 1), null, "", null));
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
				List.of("Väärä päivä", "", "", "", "31.2.2026", "", ""),
				List.of("Negatiivinen", "", "", "", "", "", "-5"),
				List.of("Tuki loppuu ensin", "", "", "", "2020-01-01", "2019-12-31", ""),
				List.of("kunnossa", "", "", "", "", "", "")));
		var session = new MockHttpSession();
		String page = upload(org.itManager(), file, session);
		assertThat(page).contains("virheellisiä rivejä 6")
			.contains("Järjestelmän nimi: Järjestelmän nimi puuttuu.")
			.contains("Omistajayksikkö: Nimellä \"Olematon yksikkö\" ei löydy mitään tästä organisaatiosta.")
			.contains("Käytössä alkaen: Arvo \"31.2.2026\" ei ole päivämäärä.")
			.contains("Käyttäjiä: Käyttäjiä ei voi olla vähemmän kuin nolla.")
			.contains("Tuotteen tuki päättyy: Tuki ei voi päättyä ennen käyttöönottoa.")
			.contains("Järjestelmän nimi: Sama järjestelmä on tiedostossa jo rivillä 2.")
			.doesNotContain("/registers/systems/import/commit\"");
		assertThat(rowsWithProblems(page)).containsExactly("3", "4", "5", "6", "7", "8");
		mvc.perform(post("/registers/systems/import/commit").session(session).with(csrf())
			.with(org.itManager().signedIn())).andExpect(status().isOk());
		assertThat(systems.of(org.id())).as("nothing written, not even the valid row").isEmpty();
		assertThat(vendors.of(org.id())).isEmpty();
	}

	@Test
	void anEmptyOrUnreadableAnswerStaysUnknownAndThePreviewSaysSoInItsRow() throws Exception {
		var org = data.organisation();
		var known = systems.add(org.id(), new SystemDefinition("Pegasos", "Palkanlaskenta", null, null, "", null, 25,
				Criticality.HIGH, Hosting.SAAS, Answer.YES, false, "", Answer.YES, Phase.IN_USE, null, null, "", null));
		var file = Workbooks.of(List.of(
				List.of("Järjestelmän nimi", "Kriittisyys", "Tuotantoympäristö", "Henkilötietoja", "Käyttölokit (17 §)"),
				List.of("Terveydenhuollon Effica", "Kriittinen", "Oma konesali", "Kyllä", "Ei"),
				List.of("Kuntatoimisto", "", "", "", ""),
				List.of("Pegasos", "Korkeahko", "SaaS?", "Ei", "ehkä"),
				List.of("Kirjasto", "Ei tiedossa", "Okänt", "Unknown", "ei tiedossa")));
		var session = new MockHttpSession();
		var preview = Jsoup.parse(upload(org.itManager(), file, session));
		assertThat(preview.getElementById("preview-summary").text())
			.as("an unknown is no problem: the rows import").contains("päivitetään 1").contains("virheellisiä rivejä 0");
		assertThat(preview.getElementById("preview-unknown").text()).startsWith("3 rivillä kriittisyys");
		assertThat(unknownOf(preview, "2")).as("everything answered").isEmpty();
		assertThat(unknownOf(preview, "3")).containsExactly("Kriittisyys", "Tuotantoympäristö", "Henkilötietoja",
				"Käyttölokit (17 §)");
		assertThat(unknownOf(preview, "4")).containsExactly("Kriittisyys (arvoa \"Korkeahko\" ei tunnistettu)",
				"Tuotantoympäristö (arvoa \"SaaS?\" ei tunnistettu)", "Käyttölokit (17 §) (arvoa \"ehkä\" ei tunnistettu)");
		assertThat(unknownOf(preview, "5")).as("unknown written in any language").hasSize(4);
		commit(org.itManager(), session);

		var byName = systems.of(org.id()).stream().collect(Collectors.toMap(InformationSystem::getName, s -> s));
		var effica = byName.get("Terveydenhuollon Effica");
		assertThat(List.of(effica.getCriticality(), effica.getHosting(), effica.getPersonalData(), effica.getUseLogged()))
			.containsExactly(Criticality.CRITICAL, Hosting.OWN_DATA_CENTRE, Answer.YES, Answer.NO);
		var pegasos = systems.get(org.id(), known.getId());
		assertThat(List.of(pegasos.getCriticality(), pegasos.getHosting(), pegasos.getPersonalData(),
				pegasos.getUseLogged())).as("what the list could not say is unknown, not the old value nor a guess")
			.containsExactly(Criticality.UNKNOWN, Hosting.UNKNOWN, Answer.NO, Answer.UNKNOWN);
		for (var name : List.of("Kuntatoimisto", "Kirjasto")) {
			var system = byName.get(name);
			assertThat(system.hasUnanswered()).isTrue();
			assertThat(List.of(system.getCriticality(), system.getHosting(), system.getPersonalData(),
					system.getUseLogged())).containsExactly(Criticality.UNKNOWN, Hosting.UNKNOWN, Answer.UNKNOWN,
							Answer.UNKNOWN);
			assertThat(jdbc.sql("select count(*) from information_system where id = :id and criticality is null"
					+ " and hosting is null and personal_data is null and use_logged is null")
				.param("id", system.getId()).query(Integer.class).single()).as("unknown is kept as SQL's null").isOne();
		}
		var page = Jsoup.parse(text(mvc.perform(get("/registers/systems/" + byName.get("Kuntatoimisto").getId())
			.with(org.viewer().signedIn())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)));
		assertThat(List.of(fact(page, "Kriittisyys"), fact(page, "Tuotantoympäristö"),
				fact(page, "Käsittelee henkilötietoja"), fact(page, "Käytöstä kerätään lokitiedot (tiedonhallintalaki 17 §)")))
			.containsOnly("Ei tiedossa");
	}

	@Test
	void aCaptionAboveTheHeadingsIsSkippedAndThePreviewSaysWhichRowHeldThem() throws Exception {
		var org = data.organisation();
		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Sovelluslista 2024"));
		rows.add(List.of("Päivitetty 1.3.2024"));
		rows.addAll(STRATEGY_TABLE);
		var session = new MockHttpSession();
		var preview = Jsoup.parse(upload(org.itManager(), Workbooks.of(rows), session));
		assertThat(preview.getElementById("preview-caption-row").text()).isEqualTo(
				"Sarakeotsikot luettiin riviltä 3. Niiden yläpuolelta ohitettiin otsikkoteksti \"Sovelluslista 2024 / Päivitetty 1.3.2024\".");
		assertThat(preview.getElementById("preview-summary").text()).startsWith("Lisätään 9, päivitetään 0")
			.contains("virheellisiä rivejä 0");
		assertThat(preview.select(".import-preview tbody tr td:first-child").first().text())
			.as("the first system is on the spreadsheet's row 4").isEqualTo("4");
		commit(org.itManager(), session);
		assertThat(systems.of(org.id())).hasSize(9).extracting(InformationSystem::getName)
			.doesNotContain("Sovelluslista 2024", "Päivitetty 1.3.2024", "Järjestelmän nimi");

		var plain = Jsoup.parse(upload(org.itManager(), Workbooks.of(STRATEGY_TABLE), new MockHttpSession()));
		assertThat(plain.getElementById("preview-caption-row")).as("headings on the first row need no note").isNull();
		var tooDeep = new ArrayList<List<String>>();
		for (int i = 1; i <= HeadingRow.MAX_CAPTION_ROWS + 1; i++) {
			tooDeep.add(List.of("Otsikkorivi " + i));
		}
		tooDeep.addAll(STRATEGY_TABLE);
		assertThat(upload(org.itManager(), Workbooks.of(tooDeep), new MockHttpSession()))
			.as("headings further down are not looked for").contains("Tiedostosta ei löydy sovellusluettelon sarakkeita.");
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

	/** What the preview's row of the given number says is left unknown. */
	private static List<String> unknownOf(Document preview, String row) {
		var tr = preview.select(".import-preview tbody tr").stream()
			.filter(r -> r.child(0).text().equals(row))
			.findFirst()
			.orElseThrow();
		return tr.select("ul.row-unknown li").stream().map(Element::text).toList();
	}

	/** The value a system's page gives for the fact of the label. */
	private static String fact(Document page, String label) {
		return page.select("dl.register-facts dt").stream()
			.filter(dt -> dt.text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fact " + label))
			.nextElementSibling()
			.text();
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
