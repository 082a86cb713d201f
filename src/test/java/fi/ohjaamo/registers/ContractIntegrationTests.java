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
import org.springframework.test.web.servlet.MockMvc;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contracts with vendors: the systems they cover, their term, and the notice deadline the notice period gives. */
@IntegrationTest
class ContractIntegrationTests {

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
	Versions versions;

	@Test
	void theNoticeDeadlineIsTheEndLessTheNoticePeriod() {
		var vendor = java.util.UUID.randomUUID();
		var contract = new ContractDefinition(vendor, "Puhelinpalvelut", "", List.of(), null, LocalDate.of(2022, 1, 1),
				LocalDate.of(2026, 12, 31), 3, "", "", "");
		assertThat(contract.noticeDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
		var untilFurtherNotice = new ContractDefinition(vendor, "Ylläpito", "", List.of(), null, LocalDate.of(2022, 1, 1),
				null, 6, "", "", "");
		assertThat(untilFurtherNotice.noticeDeadline()).isNull();
	}

	@Test
	void aContractCoversSystemsAndShowsItsNoticeDeadlineOnTheirPages() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Puhelu Oy"));
		var exchange = systems.add(org.id(), SystemDefinition.named("Puheluohjaus"));
		mvc.perform(post("/registers/contracts").with(csrf()).param("vendorId", vendor.getId().toString())
			.param("subject", "Puhelin- ja vaihdepalvelut").param("systemIds", exchange.getId().toString())
			.param("value", "168 000").param("startsOn", "2022-01-01").param("endsOn", "2026-12-31")
			.param("noticeMonths", "3").param("options", "Yksi vuoden optiokausi")
			.param("procurementReference", "Hilma 2022-123456").param("documentLink", "https://asiat.example/sopimus/17")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var contract = contracts.of(org.id()).getFirst();

		assertThat(page(mvc, get("/registers/contracts/" + contract.getId()), org.viewer())).contains("Puhelu Oy")
			.contains("Puheluohjaus").contains("168 000 €").contains("30.9.2026").contains("Yksi vuoden optiokausi")
			.contains("Hilma 2022-123456").contains("href=\"https://asiat.example/sopimus/17\"");
		assertThat(page(mvc, get("/registers/systems/" + exchange.getId()), org.viewer()))
			.contains("Puhelin- ja vaihdepalvelut").contains("irtisanottava viimeistään 30.9.2026");
		assertThat(page(mvc, get("/registers/vendors/" + vendor.getId()), org.viewer()))
			.contains("Puhelin- ja vaihdepalvelut");
		assertThat(versions.count(org.id(), new Subject("contract", contract.getId()))).isEqualTo(1);
	}

	@Test
	void refusesAContractEndingBeforeItStartsAndANegativeValue() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Numerus Oy"));
		String refused = page(mvc, post("/registers/contracts").with(csrf()).param("vendorId", vendor.getId().toString())
			.param("subject", "Taloushallinto palveluna").param("startsOn", "2026-01-01").param("endsOn", "2025-12-31")
			.param("value", "-1"), org.itManager());
		assertThat(refused).contains("id=\"endsOn-error\"").contains("Sopimus ei voi päättyä ennen kuin se alkaa.")
			.contains("id=\"value-error\"").contains("value=\"Taloushallinto palveluna\"");
		assertThat(contracts.of(org.id())).isEmpty();
	}

	@Test
	void aStaleSaveKeepsTheTypedSubjectAndShowsTheirs() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Oppiva Oy"));
		var contract = contracts.add(org.id(), new ContractDefinition(vendor.getId(), "Oppilashallinto", "", List.of(),
				BigDecimal.TEN, LocalDate.of(2020, 8, 1), null, 6, "", "", ""));
		long seen = contract.getVersion();
		var itManager = org.itManager().asUser();
		contracts.redefine(itManager, contract.getId(), new ContractDefinition(vendor.getId(), "Oppilashallinnon palvelut",
				"", List.of(), BigDecimal.TEN, LocalDate.of(2020, 8, 1), null, 6, "", "", ""), seen);
		String stale = page(mvc, post("/registers/contracts/" + contract.getId()).with(csrf())
			.param("vendorId", vendor.getId().toString()).param("subject", "Koulunet-sopimus")
			.param("startsOn", "2020-08-01").param("version", String.valueOf(seen)), org.itManager());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa").contains("Oppilashallinnon palvelut")
			.contains("value=\"Koulunet-sopimus\"");
	}

	@Test
	void vendorNamesAreUniqueAndVendorsKeepTheirVersions() throws Exception {
		var org = data.organisation();
		mvc.perform(post("/registers/vendors").with(csrf()).param("name", "Dokumentti Oy").param("businessId", "1234567-8")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		String taken = page(mvc, post("/registers/vendors").with(csrf()).param("name", "dokumentti oy"), org.itManager());
		assertThat(taken).contains("Luettelossa on jo tämänniminen toimittaja.");
		var vendor = vendors.of(org.id()).getFirst();
		assertThat(versions.count(org.id(), new Subject("vendor", vendor.getId()))).isEqualTo(1);
		assertThat(page(mvc, get("/registers/vendors"), org.viewer())).contains("Dokumentti Oy").contains("1234567-8");
	}

}
