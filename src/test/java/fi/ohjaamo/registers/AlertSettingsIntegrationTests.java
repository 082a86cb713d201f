package fi.ohjaamo.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each organisation sets how far ahead its home page warns; until it does, the application's defaults (12 months,
 * 90 days) apply, and the home page says which limits it uses.
 */
@IntegrationTest
class AlertSettingsIntegrationTests {

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
	RegisterSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOrganisationsOwnLimitsDecideWhatItsHomePageWarnsOf() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		var today = LocalDate.now();
		for (var o : List.of(org, other)) {
			systems.add(o.id(), new SystemDefinition("Varmistuspalvelu", "", null, o.unitId(), "Mikko Laine", null,
					null, Criticality.HIGH, Hosting.OWN_DATA_CENTRE, Answer.NO, false, "", Answer.NO, Phase.IN_USE, null, null,
					"Windows Server 2019", today.plusMonths(30)));
			var vendor = vendors.add(o.id(), VendorDefinition.named("Puhelu Oy"));
			contracts.add(o.id(), new ContractDefinition(vendor.getId(), "Vaihdepalvelut", "", List.of(),
					BigDecimal.ONE, LocalDate.of(2022, 1, 1), today.plusMonths(3).plusDays(60), 3, "", "", ""));
		}
		String before = page(mvc, get("/"), org.itManager());
		assertThat(before).contains("Huomautukset käyttävät oletusrajoja: tuki 12 kuukautta ja irtisanominen 90 päivää")
			.contains("href=\"/registers/settings\"").contains("Vaihdepalvelut").doesNotContain("Varmistuspalvelu");

		mvc.perform(post("/registers/settings").with(csrf()).param("supportMonths", "36").param("noticeDays", "30")
			.param("version", "").with(org.itManager().signedIn())).andExpect(redirectedUrl("/?limitsSaved"));

		String after = page(mvc, get("/?limitsSaved"), org.itManager());
		assertThat(after).contains("Tiedot tallennettiin.")
			.contains("Huomautukset käyttävät organisaation rajoja: tuki 36 kuukautta ja irtisanominen 30 päivää")
			.contains("Tuki päättyy 36 kuukauden kuluessa").contains("Varmistuspalvelu")
			.contains("Irtisanomisen määräpäivä 30 päivän kuluessa").doesNotContain("Vaihdepalvelut");
		assertThat(page(mvc, get("/"), other.itManager())).as("another organisation keeps the defaults")
			.contains("oletusrajoja").contains("Vaihdepalvelut").doesNotContain("Varmistuspalvelu");
		assertThat(jdbc.sql("select summary from audit_entry where organisation_id = :org and action = :action")
			.param("org", org.id()).param("action", "registers.alert-limits-set").query(String.class).list())
			.containsExactly("36 / 30");
	}

	@Test
	void limitsOutsideTheirRangeAreToldNextToTheirFields() throws Exception {
		var org = data.organisation();
		String refused = page(mvc, post("/registers/settings").with(csrf()).param("supportMonths", "61")
			.param("noticeDays", "0"), org.itManager());
		assertThat(refused).contains("id=\"supportMonths-error\"").contains("Arvo saa olla enintään 60.")
			.contains("id=\"noticeDays-error\"").contains("Arvon on oltava vähintään 1.").contains("value=\"61\"");
		String tooManyDays = page(mvc, post("/registers/settings").with(csrf()).param("supportMonths", "12")
			.param("noticeDays", "366"), org.itManager());
		assertThat(tooManyDays).contains("Arvo saa olla enintään 365.").contains("value=\"366\"");
		assertThat(settings.limitsOf(org.id())).isEqualTo(new AlertLimits(12, 90, null));
	}

	@Test
	void aStaleSaveShowsTheOtherPersonsLimitsAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		assertThat(page(mvc, get("/registers/settings"), org.itManager())).contains("value=\"12\"")
			.contains("value=\"90\"");
		settings.setLimits(org.itManager().asUser(), 24, 60, null);

		String stale = page(mvc, post("/registers/settings").with(csrf()).param("supportMonths", "18")
			.param("noticeDays", "120").param("version", ""), org.administrator());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">24</p>")
			.contains("<p class=\"merge-value\">60</p>").contains("value=\"18\"").contains("value=\"120\"");
		var now = settings.limitsOf(org.id());
		assertThat(now.supportMonths()).isEqualTo(24);

		mvc.perform(post("/registers/settings").with(csrf()).param("supportMonths", "18").param("noticeDays", "120")
			.param("version", String.valueOf(now.version())).with(org.administrator().signedIn()))
			.andExpect(redirectedUrl("/?limitsSaved"));
		assertThat(settings.limitsOf(org.id()).supportMonths()).isEqualTo(18);
	}

	@Test
	void onlyAdministratorsAndItManagementSetTheLimits() throws Exception {
		var org = data.organisation();
		for (var person : List.of(org.viewer(), org.areaEditor(), org.projectManager())) {
			mvc.perform(get("/registers/settings").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(post("/registers/settings").with(csrf()).param("supportMonths", "1").param("noticeDays", "1")
				.with(person.signedIn())).andExpect(status().isForbidden());
		}
		assertThat(settings.limitsOf(org.id()).defaults()).isTrue();
	}

}
