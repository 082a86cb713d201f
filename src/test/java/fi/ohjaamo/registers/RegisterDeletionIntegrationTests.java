package fi.ohjaamo.registers;

import java.math.BigDecimal;
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

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT management deletes systems, vendors and contracts after a confirmation; what other records refer to is kept, and
 * the page names those records with links. The deletion is audited and the history keeps the last version.
 */
@IntegrationTest
class RegisterDeletionIntegrationTests {

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
	ProjectLinks links;

	@Autowired
	Versions versions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSystemNothingRefersToIsDeletedAfterConfirmationAndItsHistoryStays() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Vanha tilavaraus"));
		var target = systems.add(org.id(), SystemDefinition.named("Kuntatalous Pro"));
		systems.integrate(org.id(), system.getId(), new Integration(target.getId(), Direction.OUTGOING, "Tiedosto"));
		systems.cost(org.id(), system.getId(), new YearCost(2025, BigDecimal.TEN, BigDecimal.ONE));
		String path = "/registers/systems/" + system.getId();
		assertThat(page(mvc, get(path), org.itManager())).contains("href=\"" + path + "/delete\"");

		String confirm = page(mvc, get(path + "/delete"), org.itManager());
		assertThat(confirm).contains("Poistetaanko järjestelmä?").contains("Vanha tilavaraus")
			.contains("action=\"" + path + "/delete\"");
		mvc.perform(post(path + "/delete").with(csrf()).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/registers/systems?deleted"));

		assertThat(systems.of(org.id())).extracting(InformationSystem::getName).containsExactly("Kuntatalous Pro");
		assertThat(page(mvc, get("/registers/systems?deleted"), org.itManager())).contains("Järjestelmä poistettiin.");
		mvc.perform(get(path).with(org.itManager().signedIn())).andExpect(status().isNotFound());
		assertThat(audited(org, "registers.system-removed")).containsExactly("Vanha tilavaraus");
		var subject = new Subject(InformationSystems.SUBJECT_TYPE, system.getId());
		assertThat(versions.of(org.id(), subject).getFirst().deleted()).isTrue();
		assertThat(page(mvc, get("/history/information-system/" + system.getId()), org.viewer()))
			.contains("Vanha tilavaraus");
	}

	@Test
	void aSystemThatIsReferredToIsKeptAndThePageSaysWhatRefersToIt() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Numerus Oy"));
		var ledger = systems.add(org.id(), SystemDefinition.named("Kuntatalous Pro"));
		var payroll = systems.add(org.id(), SystemDefinition.named("Palkka-Aava"));
		systems.integrate(org.id(), payroll.getId(), new Integration(ledger.getId(), Direction.OUTGOING, "API"));
		var contract = contracts.add(org.id(), new ContractDefinition(vendor.getId(), "Taloushallinto palveluna", "",
				List.of(ledger.getId()), null, LocalDate.of(2022, 1, 1), null, 6, "", "", ""));
		var project = data.project(org, "Taloushallinnon uusiminen");
		links.link(org.id(), ledger.getId(), project.getId(), Relation.REPLACES);
		String path = "/registers/systems/" + ledger.getId() + "/delete";

		String refused = page(mvc, get(path), org.itManager());
		assertThat(refused).contains("Tietoa ei voi poistaa, koska siihen viitataan:")
			.contains("href=\"/registers/contracts/" + contract.getId() + "\"").contains("Taloushallinto palveluna")
			.contains("href=\"/registers/systems/" + payroll.getId() + "#integrations\"").contains("Palkka-Aava")
			.contains("href=\"/projects/" + project.getId() + "\"").contains("Taloushallinnon uusiminen")
			.doesNotContain("action=\"" + path + "\"");
		assertThat(page(mvc, post(path).with(csrf()), org.itManager())).contains("Taloushallinto palveluna");
		assertThat(systems.of(org.id())).hasSize(2);
		assertThat(audited(org, "registers.system-removed")).isEmpty();
	}

	@Test
	void aVendorIsDeletedOnlyWhenNoSystemOrContractNamesIt() throws Exception {
		var org = data.organisation();
		var used = vendors.add(org.id(), VendorDefinition.named("Oppiva Oy"));
		var unused = vendors.add(org.id(), VendorDefinition.named("Väärin kirjattu Oy"));
		var school = systems.add(org.id(), new SystemDefinition("Koulunet", "", null, null, "", used.getId(), null,
				Criticality.HIGH, Hosting.SAAS, Answer.NO, false, "", Answer.NO, Phase.IN_USE, null, null, "", null));
		var contract = contracts.add(org.id(), new ContractDefinition(used.getId(), "Oppilashallinto", "", List.of(),
				null, LocalDate.of(2022, 1, 1), null, 3, "", "", ""));

		String refused = page(mvc, post("/registers/vendors/" + used.getId() + "/delete").with(csrf()), org.itManager());
		assertThat(refused).contains("href=\"/registers/systems/" + school.getId() + "\"")
			.contains("href=\"/registers/contracts/" + contract.getId() + "\"");
		assertThat(page(mvc, get("/registers/vendors/" + unused.getId() + "/delete"), org.itManager()))
			.contains("Poistetaanko toimittaja?").contains("Väärin kirjattu Oy");
		mvc.perform(post("/registers/vendors/" + unused.getId() + "/delete").with(csrf())
			.with(org.administrator().signedIn())).andExpect(redirectedUrl("/registers/vendors?deleted"));

		assertThat(vendors.of(org.id())).extracting(Vendor::getName).containsExactly("Oppiva Oy");
		assertThat(audited(org, "registers.vendor-removed")).containsExactly("Väärin kirjattu Oy");
		assertThat(versions.of(org.id(), new Subject(Vendors.SUBJECT_TYPE, unused.getId())).getFirst().deleted())
			.isTrue();
	}

	@Test
	void aContractIsDeletedAndThenTheSystemItCoveredCanBe() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Puhelu Oy"));
		var exchange = systems.add(org.id(), SystemDefinition.named("Puheluohjaus"));
		var contract = contracts.add(org.id(), new ContractDefinition(vendor.getId(), "Vaihdepalvelut", "",
				List.of(exchange.getId()), null, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), 3, "", "", ""));
		assertThat(page(mvc, get("/registers/contracts/" + contract.getId()), org.itManager()))
			.contains("href=\"/registers/contracts/" + contract.getId() + "/delete\"");

		mvc.perform(post("/registers/contracts/" + contract.getId() + "/delete").with(csrf())
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/registers/contracts?deleted"));
		mvc.perform(post("/registers/systems/" + exchange.getId() + "/delete").with(csrf())
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/registers/systems?deleted"));
		mvc.perform(post("/registers/vendors/" + vendor.getId() + "/delete").with(csrf())
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/registers/vendors?deleted"));

		assertThat(contracts.of(org.id())).isEmpty();
		assertThat(systems.of(org.id())).isEmpty();
		assertThat(vendors.of(org.id())).isEmpty();
		assertThat(audited(org, "registers.contract-removed")).containsExactly("Vaihdepalvelut");
	}

	@Test
	void onlyAdministratorsAndItManagementDelete() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Puhelu Oy"));
		var system = systems.add(org.id(), SystemDefinition.named("Puheluohjaus"));
		var contract = contracts.add(org.id(), new ContractDefinition(vendor.getId(), "Vaihdepalvelut", "", List.of(),
				null, LocalDate.of(2022, 1, 1), null, 3, "", "", ""));
		for (var person : List.of(org.viewer(), org.areaEditor(), org.projectManager())) {
			for (String path : List.of("/registers/systems/" + system.getId(), "/registers/vendors/" + vendor.getId(),
					"/registers/contracts/" + contract.getId())) {
				assertThat(page(mvc, get(path), person)).doesNotContain(path + "/delete");
				mvc.perform(get(path + "/delete").with(person.signedIn())).andExpect(status().isForbidden());
				mvc.perform(post(path + "/delete").with(csrf()).with(person.signedIn()))
					.andExpect(status().isForbidden());
			}
		}
		assertThat(systems.of(org.id())).hasSize(1);
		assertThat(vendors.of(org.id())).hasSize(1);
		assertThat(contracts.of(org.id())).hasSize(1);
	}

	private List<String> audited(TestData.Org org, String action) {
		return jdbc.sql("select summary from audit_entry where organisation_id = :org and action = :action")
			.param("org", org.id()).param("action", action).query(String.class).list();
	}

}
