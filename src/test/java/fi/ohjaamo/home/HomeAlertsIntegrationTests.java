package fi.ohjaamo.home;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.ContractDefinition;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.registers.Relation;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * IT management's front page names what needs acting on: support ending within 12 months (the default) with no
 * project replacing, upgrading or retiring the system, notice deadlines within 90 days, and systems nobody owns.
 */
@IntegrationTest
class HomeAlertsIntegrationTests {

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

	@Test
	void itManagementSeesSupportEndingUnaddressedNoticeDeadlinesAndUnownedSystems() throws Exception {
		var org = data.organisation();
		var today = LocalDate.now();
		system(org, "Tulostuspalvelin", "Windows Server 2012 R2", LocalDate.of(2023, 10, 10), org.unitId(), "Mikko");
		system(org, "Kulunvalvonta", "Windows Server 2016", today.plusMonths(6), null, "");
		var replaced = system(org, "Kuntadiaari", "Windows Server 2016", today.plusMonths(3), org.unitId(), "Maija");
		var integrated = system(org, "Lainaamo", "Windows Server 2016", today.plusMonths(4), org.unitId(), "Tiina");
		system(org, "Kartta ja Kaava", "Red Hat Enterprise Linux 8", today.plusYears(3), org.unitId(), "Antti");
		links.link(org.id(), replaced.getId(), data.project(org, "Asianhallinnan uusiminen").getId(), Relation.REPLACES);
		links.link(org.id(), integrated.getId(), data.project(org, "Kirjaston liittymä").getId(), Relation.INTEGRATES);
		var vendor = vendors.add(org.id(), VendorDefinition.named("Puhelu Oy"));
		contract(org, vendor.getId(), "Vaihdepalvelut", today.plusMonths(3), 2);
		contract(org, vendor.getId(), "Liittymät", today.plusYears(2), 3);

		String home = page(org.itManager());
		String support = section(home, "id=\"support\"", "id=\"notices\"");
		assertThat(support).contains("Tulostuspalvelin").contains("tuki päättyi 10.10.2023").contains("Kulunvalvonta")
			.contains("Lainaamo").doesNotContain("Kuntadiaari").doesNotContain("Kartta ja Kaava");
		String notices = section(home, "id=\"notices\"", "id=\"owners\"");
		assertThat(notices).contains("Vaihdepalvelut").contains("Puhelu Oy").doesNotContain("Liittymät");
		assertThat(section(home, "id=\"owners\"", "</section>")).contains("Kulunvalvonta")
			.contains("omistajayksikkö ja pääkäyttäjä puuttuvat").doesNotContain("Lainaamo");
	}

	@Test
	void othersGoOnToThePortfolio() throws Exception {
		var org = data.organisation();
		for (var person : List.of(org.viewer(), org.areaEditor(), org.projectManager())) {
			mvc.perform(get("/").with(person.signedIn())).andExpect(redirectedUrl("/projects"));
		}
		assertThat(page(org.administrator())).contains("Tietohallinnon etusivu");
	}

	@Test
	void anEmptyRegisterIsSaidToBeEmptyNotToBeInOrder() throws Exception {
		var org = data.organisation();
		String home = page(org.itManager());
		assertThat(home).contains("Tietojärjestelmäluettelossa ei ole vielä yhtään käytössä olevaa järjestelmää")
			.doesNotContain("Ei huomautettavaa.")
			.doesNotContain("Kaikilla järjestelmillä on omistaja ja pääkäyttäjä.")
			.contains("href=\"/registers/systems/import\"");

		system(org, "Kuntadiaari", "Windows Server 2022", LocalDate.now().plusYears(5), org.unitId(), "Maija");
		assertThat(page(org.itManager())).contains("Ei huomautettavaa.")
			.contains("Kaikilla järjestelmillä on omistaja ja pääkäyttäjä.")
			.doesNotContain("Tietojärjestelmäluettelossa ei ole vielä");
	}

	private fi.ohjaamo.registers.InformationSystem system(TestData.Org org, String name, String platform,
			LocalDate platformEnds, @Nullable UUID unit, String mainUser) {
		return systems.add(org.id(), new SystemDefinition(name, "", null, unit, mainUser, null, null, Criticality.HIGH,
				Hosting.OWN_DATA_CENTRE, Answer.NO, false, "", Answer.NO, Phase.IN_USE, LocalDate.of(2015, 1, 1), null, platform,
				platformEnds));
	}

	private void contract(TestData.Org org, UUID vendor, String subject, LocalDate ends, int noticeMonths) {
		contracts.add(org.id(), new ContractDefinition(vendor, subject, "", List.of(), BigDecimal.ONE,
				LocalDate.of(2022, 1, 1), ends, noticeMonths, "", "", ""));
	}

	private String page(TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/").with(person.signedIn())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String section(String page, String from, String to) {
		int start = page.indexOf(from);
		return page.substring(start, page.indexOf(to, start));
	}

}
