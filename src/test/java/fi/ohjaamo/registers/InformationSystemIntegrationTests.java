package fi.ohjaamo.registers;

import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** IT management keeps the information-system register; everyone in the organisation reads it. */
@IntegrationTest
class InformationSystemIntegrationTests {

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

	@Test
	void itManagementEntersASystemThatEveryoneReads() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Oppiva Oy"));
		mvc.perform(form(post("/registers/systems"), "Koulunet").param("serviceAreaId", org.serviceAreaId().toString())
			.param("ownerUnitId", org.unitId().toString()).param("vendorId", vendor.getId().toString())
			.param("userCount", "5200").param("personalData", "YES").param("useLogged", "YES")
			.param("platform", "Toimittajan pilvipalvelu").with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		var system = systems.of(org.id()).getFirst();

		String page = page(mvc, get("/registers/systems/" + system.getId()), org.viewer());
		assertThat(page).contains("Koulunet").contains("Oppilashallinto").contains("Varhaiskasvatus")
			.contains("Koulusihteeri Kirsi Lindholm").contains("Oppiva Oy").contains("5200")
			.contains("Käytöstä kerätään lokitiedot (tiedonhallintalaki 17 §)")
			.doesNotContain("/registers/systems/" + system.getId() + "/edit");
		assertThat(page(mvc, get("/registers/systems"), org.viewer())).contains("Koulunet").contains("Oppiva Oy");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and action like 'registers.system%'")
			.param("org", org.id()).query(String.class).list()).containsExactly("registers.system-added");
		assertThat(versions.count(org.id(), new Subject("information-system", system.getId()))).isEqualTo(1);
	}

	@Test
	void refusesSupportEndingBeforeUseBeganAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		String refused = page(mvc, form(post("/registers/systems"), "Lainaamo").param("inUseSince", "2020-01-01")
			.param("productSupportEnds", "2019-12-31").param("platformSupportEnds", "2019-06-30")
			.param("userCount", "-3"), org.itManager());
		assertThat(refused).contains("id=\"productSupportEnds-error\"").contains("id=\"platformSupportEnds-error\"")
			.contains("Tuki ei voi päättyä ennen käyttöönottoa.").contains("id=\"userCount-error\"")
			.contains("value=\"Lainaamo\"").contains("value=\"2019-12-31\"");
		assertThat(systems.of(org.id())).isEmpty();
	}

	@Test
	void negativeCostsAreRefusedNextToTheirFieldAndAYearsCostsAreReplaced() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Kuntatalous Pro"));
		String refused = page(mvc, post("/registers/systems/" + system.getId() + "/costs").with(csrf())
			.param("version", seen(org, system)).param("year", "2025").param("maintenance", "-5").param("licences", "100"), org.itManager());
		assertThat(refused).contains("id=\"maintenance-error\"").contains("Arvo ei voi olla negatiivinen.")
			.contains("value=\"-5\"");
		assertThat(systems.get(org.id(), system.getId()).getCosts()).isEmpty();

		for (String maintenance : List.of("40 000", "48 000,50")) {
			mvc.perform(post("/registers/systems/" + system.getId() + "/costs").with(csrf()).param("year", "2025")
				.param("version", seen(org, system)).param("maintenance", maintenance).param("licences", "22000").with(org.itManager().signedIn()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(systems.get(org.id(), system.getId()).getCosts()).singleElement().satisfies(c -> {
			assertThat(c.maintenance()).isEqualByComparingTo("48000.50");
			assertThat(c.total()).isEqualByComparingTo("70000.50");
		});
		assertThat(page(mvc, get("/registers/systems/" + system.getId()), org.viewer())).contains("70 000,50 €");
	}

	@Test
	void assessmentsAreDatedAndKeptWithTheNewestInForce() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Kuntadiaari"));
		assess(org, system, "2024-03-15", "3", "2", "DEVELOP", "Toimii vielä");
		assess(org, system, "2025-04-10", "2", "1", "REPLACE", "Alusta vanhentunut");

		var kept = systems.get(org.id(), system.getId());
		assertThat(kept.assessmentHistory()).extracting(Assessment::verdict)
			.containsExactly(Verdict.REPLACE, Verdict.DEVELOP);
		assertThat(kept.latestAssessment()).hasValueSatisfying(a -> assertThat(a.assessedOn())
			.isEqualTo(LocalDate.of(2025, 4, 10)));
		String page = page(mvc, get("/registers/systems/" + system.getId()), org.viewer());
		assertThat(page).contains("Korvataan").contains("Kehitetään").contains("Alusta vanhentunut")
			.contains("Toimii vielä");
		assertThat(page.indexOf("Korvataan")).isLessThan(page.indexOf("Kehitetään"));
		assertThat(versions.count(org.id(), new Subject("information-system", system.getId()))).isEqualTo(3);
		assertThat(page(mvc, get("/history/information-system/" + system.getId()), org.viewer()))
			.contains("Arvio 10.4.2025: johtopäätös");
		assertThat(page(mvc, get("/history/information-system/" + system.getId() + "/diff?from=2&to=3"), org.viewer()))
			.contains("Korvataan").contains("2 / 1 – Alusta vanhentunut");

		String outOfScale = page(mvc, post("/registers/systems/" + system.getId() + "/assessments").with(csrf())
			.param("version", seen(org, system)).param("assessedOn", "2025-05-01").param("businessFit", "7").param("technicalCondition", "1")
			.param("verdict", "KEEP"), org.itManager());
		assertThat(outOfScale).contains("id=\"businessFit-error\"").contains("Arvo saa olla enintään 5.");
	}

	@Test
	void integrationsNameTheOtherSystemTheDirectionAndTheMethod() throws Exception {
		var org = data.organisation();
		var payroll = systems.add(org.id(), SystemDefinition.named("Palkka-Aava"));
		var ledger = systems.add(org.id(), SystemDefinition.named("Kuntatalous Pro"));
		mvc.perform(post("/registers/systems/" + payroll.getId() + "/integrations").with(csrf())
			.param("version", seen(org, payroll)).param("targetSystemId", ledger.getId().toString()).param("direction", "OUTGOING")
			.param("method", "Integraatioalustan kautta").with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(systems.get(org.id(), payroll.getId()).getIntegrations())
			.containsExactly(new Integration(ledger.getId(), Direction.OUTGOING, "Integraatioalustan kautta"));
		assertThat(page(mvc, get("/registers/systems/" + payroll.getId()), org.viewer())).contains("Kuntatalous Pro")
			.contains("Lähtevä").contains("Integraatioalustan kautta");

		String itself = page(mvc, post("/registers/systems/" + payroll.getId() + "/integrations").with(csrf())
			.param("version", seen(org, payroll)).param("targetSystemId", payroll.getId().toString()).param("direction", "OUTGOING"), org.itManager());
		assertThat(itself).contains("Valitse luettelosta toinen järjestelmä.");
	}

	@Test
	void aStaleSaveShowsTheOtherPersonsValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Intranet"));
		long seen = system.getVersion();
		var theirs = new SystemDefinition("Intranet Kantri", "Sisäinen tiedotus", null, null, "Laura Heino", null, 2000,
				Criticality.LOW, Hosting.OWN_DATA_CENTRE, Answer.NO, false, "", Answer.NO, Phase.PHASING_OUT, null, null, "", null);
		systems.redefine(org.itManager().asUser(), system.getId(), theirs, seen);

		String stale = page(mvc, form(post("/registers/systems/" + system.getId()), "Intranet 2.0")
			.param("version", String.valueOf(seen)), org.itManager());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa").contains("Intranet Kantri")
			.contains("Laura Heino").contains("value=\"Intranet 2.0\"");
		assertThat(systems.get(org.id(), system.getId()).getName()).isEqualTo("Intranet Kantri");
	}

	@Test
	void onlyAdministratorsAndItManagementKeepTheRegister() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Tilakone"));
		for (var person : List.of(org.viewer(), org.areaEditor(), org.projectManager())) {
			mvc.perform(get("/registers/systems/new").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(form(post("/registers/systems"), "Kaapattu").with(person.signedIn()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/registers/systems/" + system.getId() + "/costs").with(csrf()).param("year", "2025")
				.param("maintenance", "1").param("licences", "1").with(person.signedIn()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(form(post("/registers/systems"), "Ateria").with(org.administrator().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(systems.of(org.id())).extracting(InformationSystem::getName).containsExactly("Ateria", "Tilakone");
		assertThat(systems.get(org.id(), system.getId()).getCosts()).isEmpty();
	}

	private void assess(TestData.Org org, InformationSystem system, String on, String fit, String condition,
			String verdict, String note) throws Exception {
		mvc.perform(post("/registers/systems/" + system.getId() + "/assessments").with(csrf()).param("assessedOn", on)
			.param("version", seen(org, system))
			.param("businessFit", fit).param("technicalCondition", condition).param("verdict", verdict)
			.param("note", note).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
	}

	/** The version of the system as its page now shows it to the person about to add to it. */
	private String seen(TestData.Org org, InformationSystem system) {
		return String.valueOf(systems.get(org.id(), system.getId()).getVersion());
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name) {
		return request.with(csrf()).param("name", name).param("purpose", "Oppilashallinto ja arviointi")
			.param("mainUser", "Koulusihteeri Kirsi Lindholm").param("criticality", "HIGH").param("hosting", "SAAS")
			.param("phase", "IN_USE");
	}

}
