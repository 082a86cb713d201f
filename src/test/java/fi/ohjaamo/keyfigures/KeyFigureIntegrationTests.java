package fi.ohjaamo.keyfigures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.SystemDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT management keeps a year's key figures; everyone in the organisation reads them in a table beside the register's
 * count of systems in use; bad figures are told next to their fields; nothing is silently overwritten, and every write
 * is kept and audited.
 */
@IntegrationTest
class KeyFigureIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	KeyFigures keyFigures;

	@Autowired
	InformationSystems systems;

	@Autowired
	Versions versions;

	@Autowired
	JdbcClient jdbc;

	/** The service refuses by itself, so that no page or job that forgets to ask can change the figures. */
	@Test
	void theKeyFiguresServiceRefusesEveryoneButThePortfoliosOwners() {
		var org = data.organisation();
		var year = keyFigures.add(org.id(), FigureValues.ofYear(2023));
		var changed = new FigureValues(2023, 1L, null, null, null, null, null, null, null, null);
		for (var person : List.of(org.viewer(), org.projectManager(), org.areaEditor())) {
			var user = person.asUser();
			assertThatThrownBy(() -> keyFigures.add(user, FigureValues.ofYear(2024))).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> keyFigures.restate(user, year.getId(), changed, year.getVersion()))
				.as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> keyFigures.delete(user, year.getId())).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(keyFigures.of(org.id())).singleElement()
			.satisfies(y -> assertThat(y.values().workstations()).isNull());
		assertThat(audited(org.id())).containsExactly("keyfigures.year-added");
		keyFigures.delete(org.administrator().asUser(), year.getId());
		assertThat(keyFigures.of(org.id())).isEmpty();
	}

	@Test
	void aYearEnteredAsTypedIsReadByEveryoneWithItsCostShare() throws Exception {
		var org = data.organisation();
		systems.add(org.id(), SystemDefinition.named("Talousjärjestelmä"));
		mvc.perform(year(post("/registers/key-figures"), "2024").param("workstations", "2 000").param("servers", "80")
			.param("applications", "100").param("fixedLines", "325").param("mobileLines", "965")
			.param("serviceRequests", "15 400").param("firstLevelShare", "81,5").param("itCosts", "2 500 000")
			.param("totalCosts", "131 000 000 €").with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/registers/key-figures?saved"));

		String page = page(get("/registers/key-figures"), org.viewer());
		assertThat(page).contains("2024").contains("2 000").contains("15 400").contains("81,5 %")
			.contains("2 500 000 €").contains("131 000 000 €").contains("1,9 %")
			.contains("Tietojärjestelmäluettelossa on nyt 1 käytössä oleva järjestelmä.")
			.contains("id=\"devices-chart\"").contains("id=\"costs-chart\"")
			.doesNotContain("Lisää vuosi").doesNotContain("Muokkaa vuotta 2024");
		var year = keyFigures.of(org.id()).getFirst();
		assertThat(year.values().servers()).isEqualTo(80L);
		assertThat(versions.count(org.id(), new Subject("key-figures", year.getId()))).isEqualTo(1);
		assertThat(audited(org.id())).containsExactly("keyfigures.year-added");
	}

	@Test
	void badFiguresAreToldNextToTheirFieldsAndWhatWasTypedStays() throws Exception {
		var org = data.organisation();
		String refused = page(year(post("/registers/key-figures"), "2024").param("workstations", "-5")
			.param("servers", "80,5").param("mobileLines", "paljon").param("firstLevelShare", "120")
			.param("itCosts", "3 000 000").param("totalCosts", "2 000 000"), org.itManager());
		assertThat(refused).contains("id=\"workstations-error\"").contains("Luku ei voi olla negatiivinen.")
			.contains("id=\"servers-error\"").contains("Anna kokonaisluku, esim. 2 000.")
			.contains("id=\"mobileLines-error\"").contains("value=\"paljon\"")
			.contains("id=\"firstLevelShare-error\"").contains("Osuuden on oltava 0–100 %.")
			.contains("id=\"itCosts-error\"")
			.contains("Tietotekniikan kustannukset eivät voi olla suuremmat kuin organisaation kokonaiskustannukset.");
		String badYear = page(year(post("/registers/key-figures"), "1850"), org.itManager());
		assertThat(badYear).contains("id=\"year-error\"").contains("Anna vuosi väliltä 1990–2100.");
		String noYear = page(year(post("/registers/key-figures"), "").param("servers", "12"), org.itManager());
		assertThat(noYear).contains("id=\"year-error\"").contains("Anna vuosi, esim. 2025.").contains("value=\"12\"");
		assertThat(keyFigures.of(org.id())).isEmpty();
		assertThat(audited(org.id())).isEmpty();
	}

	@Test
	void aSecondEntryForTheSameYearIsRefused() throws Exception {
		var org = data.organisation();
		keyFigures.add(org.id(), FigureValues.ofYear(2023));
		String refused = page(year(post("/registers/key-figures"), "2023").param("workstations", "1900"),
				org.itManager());
		assertThat(refused).contains("id=\"year-error\"")
			.contains("Vuodelle 2023 on jo kirjattu tunnusluvut. Muokkaa niitä tunnuslukujen sivulta.")
			.contains("value=\"1900\"");
		assertThat(keyFigures.of(org.id())).hasSize(1);
	}

	@Test
	void aStaleSaveKeepsWhatWasTypedAndShowsTheirs() throws Exception {
		var org = data.organisation();
		var year = keyFigures.add(org.id(), FigureValues.ofYear(2022));
		long seen = year.getVersion();
		var itManager = org.itManager().asUser();
		keyFigures.restate(itManager, year.getId(), new FigureValues(2022, 1950L, null, null, null, null, null, null,
				null, null), seen);
		String stale = page(year(post("/registers/key-figures/" + year.getId()), "2022").param("workstations", "1875")
			.param("version", String.valueOf(seen)), org.itManager());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa").contains("1 950")
			.contains("value=\"1875\"");
		assertThat(keyFigures.get(org.id(), year.getId()).values().workstations()).isEqualTo(1950L);

		mvc.perform(year(post("/registers/key-figures/" + year.getId()), "2022").param("workstations", "1875")
			.param("version", String.valueOf(seen + 1)).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/registers/key-figures?saved"));
		assertThat(keyFigures.get(org.id(), year.getId()).values().workstations()).isEqualTo(1875L);
		assertThat(versions.count(org.id(), new Subject("key-figures", year.getId()))).isEqualTo(3);
	}

	@Test
	void onlyItManagementAndAdministratorsKeepTheFigures() throws Exception {
		var org = data.organisation();
		var year = keyFigures.add(org.id(), FigureValues.ofYear(2021));
		mvc.perform(get("/registers/key-figures/new").with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(year(post("/registers/key-figures"), "2020").with(org.areaEditor().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/registers/key-figures/" + year.getId() + "/delete").with(csrf())
			.with(org.projectManager().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/registers/key-figures/" + year.getId() + "/edit").with(org.administrator().signedIn()))
			.andExpect(status().isOk());
		assertThat(keyFigures.of(org.id())).hasSize(1);
	}

	@Test
	void anotherOrganisationsFiguresAreNeitherShownNorChanged() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var their = keyFigures.add(theirs.id(), new FigureValues(2024, 4321L, null, null, null, null, null, null, null,
				null));
		assertThat(page(get("/registers/key-figures"), mine.viewer())).doesNotContain("4 321")
			.contains("Tunnuslukuja ei ole vielä kirjattu yhdeltäkään vuodelta.");
		mvc.perform(year(post("/registers/key-figures/" + their.getId()), "2024").param("workstations", "1")
			.param("version", String.valueOf(their.getVersion())).with(mine.itManager().signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/registers/key-figures/" + their.getId() + "/delete").with(csrf())
			.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		assertThat(keyFigures.get(theirs.id(), their.getId()).values().workstations()).isEqualTo(4321L);
	}

	@Test
	void aYearIsDeletedAfterConfirmationAndItsVersionsStay() throws Exception {
		var org = data.organisation();
		var year = keyFigures.add(org.id(), new FigureValues(2020, null, null, null, null, null, null,
				new BigDecimal("79"), null, null));
		assertThat(page(get("/registers/key-figures/" + year.getId() + "/delete"), org.itManager()))
			.contains("Poistetaanko vuoden 2020 tunnusluvut?");
		assertThat(keyFigures.of(org.id())).hasSize(1);
		mvc.perform(post("/registers/key-figures/" + year.getId() + "/delete").with(csrf())
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/registers/key-figures?deleted"));
		assertThat(keyFigures.of(org.id())).isEmpty();
		assertThat(versions.of(org.id(), new Subject("key-figures", year.getId())).getFirst().deleted()).isTrue();
		assertThat(audited(org.id())).containsExactlyInAnyOrder("keyfigures.year-added", "keyfigures.year-deleted");
	}

	private static MockHttpServletRequestBuilder year(MockHttpServletRequestBuilder request, String year) {
		return request.with(csrf()).param("year", year);
	}

	private java.util.List<String> audited(java.util.UUID organisationId) {
		return jdbc.sql("select action from audit_entry where organisation_id = :org and object_type = 'key-figures'")
			.param("org", organisationId)
			.query(String.class)
			.list();
	}

	/** The page's text with the narrow and no-break spaces of Finnish numbers as plain spaces. */
	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
