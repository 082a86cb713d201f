package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * IT management's day with the register, as a new user would try it: the home page tells that an old server
 * platform's support has ended with no project addressing it; a system is entered from the application list, a wrong
 * date told next to its field; the server's system is linked to the project that upgrades the servers, and the alert
 * goes away; the project's card names the system. A system that others refer to is not deleted, an unused vendor
 * is after a confirmation, and the home page's alert limits are the organisation's to change. Without accessibility
 * violations, also 320 px wide.
 */
class RegisterBrowserTests extends BrowserTest {

	private static final String PRINT_SERVER = "Tulostuksen hallintapalvelin";

	private static final String SERVER_PROJECT = "Palvelinten käyttöjärjestelmien päivitys ja tietokantojen konsolidointi";

	@Test
	void anUnaddressedEndOfSupportIsSeenEnteredAndAddressedByAProject() {
		var browser = browser().signIn("tiina");
		browser.clickLink("Etusivu");
		assertThat(browser.heading()).isEqualTo("Tietohallinnon etusivu");
		assertThat(browser.texts("#support + ul li")).anySatisfy(li -> assertThat(li).startsWith(PRINT_SERVER)
			.contains("tuki päättyi 10.10.2023"));
		assertThat(browser.texts("#notices + ul li")).anySatisfy(li -> assertThat(li).contains("Puhelin- ja vaihdepalvelut"));
		assertThat(browser.texts("#owners + ul li")).anySatisfy(li -> assertThat(li).startsWith("Kulunvalvonta"));
		assertNoViolations(browser, "the home page");

		browser.clickLink("Tietojärjestelmät");
		browser.clickLink("Lisää järjestelmä");
		browser.fill("name", "Ruokapalvelujen tilausjärjestelmä");
		browser.fill("mainUser", "Ruokapalvelupäällikkö Sini Karjalainen");
		browser.choose("ownerUnitId", "Kiinteistöpalvelut");
		browser.choose("hosting", "Ohjelmistopalvelu (SaaS)");
		browser.fill("platform", "Windows Server 2016");
		date(browser, "inUseSince", "2020-01-01");
		date(browser, "platformSupportEnds", "2019-12-31");
		browser.save();
		assertThat(browser.text("#platformSupportEnds-error")).isEqualTo("Tuki ei voi päättyä ennen käyttöönottoa.");
		assertThat(browser.value("name")).isEqualTo("Ruokapalvelujen tilausjärjestelmä");
		assertNoViolations(browser, "the system form with an error");
		date(browser, "platformSupportEnds", "2027-01-12");
		browser.save();
		assertThat(browser.heading()).isEqualTo("Ruokapalvelujen tilausjärjestelmä");
		assertThat(browser.text(".alert-success")).isEqualTo("Tiedot tallennettiin.");

		browser.open("/");
		browser.clickLink(PRINT_SERVER);
		assertThat(browser.heading()).isEqualTo(PRINT_SERVER);
		assertNoViolations(browser, "a system's page");
		browser.choose("projectId", "2.5 " + SERVER_PROJECT);
		browser.choose("relation", "Päivittää");
		browser.clickAndLoad(By.cssSelector("form[action$='/projects'] button"));
		assertThat(browser.texts("#projects + ul li")).anySatisfy(li -> assertThat(li).contains(SERVER_PROJECT)
			.contains("Päivittää"));

		browser.open("/");
		assertThat(browser.texts("#support + ul li")).noneSatisfy(li -> assertThat(li).startsWith(PRINT_SERVER));
		browser.open("/projects/" + browser.projectId(SERVER_PROJECT));
		assertThat(browser.texts(".card-section li")).anySatisfy(li -> assertThat(li).contains(PRINT_SERVER)
			.contains("Päivittää"));
	}

	@Test
	void contractsShowTheirNoticeDeadlinesAndTheFormTellsAnEndBeforeTheStart() {
		var browser = browser().signIn("tiina");
		browser.open("/registers/contracts");
		assertThat(browser.texts(".register-table tbody tr")).anySatisfy(row -> assertThat(row)
			.contains("Taloushallinnon järjestelmät palveluna").contains("30.6.2029"));
		assertNoViolations(browser, "the contracts");
		browser.clickLink("Lisää sopimus");
		browser.fill("subject", "Kirjastojärjestelmä palveluna");
		browser.choose("vendorId", "Kirjastopalvelu Oy");
		date(browser, "startsOn", "2027-01-01");
		date(browser, "endsOn", "2026-12-31");
		browser.save();
		assertThat(browser.text("#endsOn-error")).isEqualTo("Sopimus ei voi päättyä ennen kuin se alkaa.");
		assertThat(browser.value("subject")).isEqualTo("Kirjastojärjestelmä palveluna");
		assertNoViolations(browser, "the contract form with an error");
	}

	@Test
	void aReferencedSystemSaysWhatRefersToItAndAnUnusedVendorIsDeletedAfterConfirmation() {
		var browser = browser().signIn("tiina");
		browser.open("/registers/systems");
		browser.clickLink("Kuntatalous Pro");
		browser.clickLink("Poista järjestelmä");
		assertThat(browser.heading()).isEqualTo("Poistetaanko järjestelmä?");
		assertThat(browser.texts("#in-use li")).contains("Sopimus: Taloushallinnon järjestelmät palveluna")
			.contains("Integraatio järjestelmästä: Palkka-Aava");
		assertThat(browser.findAll("button.danger")).isEmpty();
		assertNoViolations(browser, "a system that cannot be deleted");

		browser.open("/registers/vendors");
		browser.clickLink("Lisää toimittaja");
		browser.fill("name", "Kirjattu vahingossa Oy");
		browser.save();
		assertThat(browser.heading()).isEqualTo("Kirjattu vahingossa Oy");
		browser.clickLink("Poista toimittaja");
		assertThat(browser.heading()).isEqualTo("Poistetaanko toimittaja?");
		assertThat(browser.text(".delete-subject")).isEqualTo("Kirjattu vahingossa Oy");
		assertNoViolations(browser, "the confirmation of deleting a vendor");
		browser.clickAndLoad(By.cssSelector("button.danger"));
		assertThat(browser.text(".alert-success")).isEqualTo("Toimittaja poistettiin.");
		assertThat(browser.texts("main a")).doesNotContain("Kirjattu vahingossa Oy").contains("Numerus Oy");
	}

	@Test
	void theAlertLimitsChangeWhatTheHomePageWarnsOf() {
		var browser = browser().signIn("tiina");
		browser.open("/");
		assertThat(browser.texts("#support + ul li")).noneSatisfy(li -> assertThat(li).startsWith("Varmistuspalvelu"));
		try {
			browser.clickLink("Muuta rajoja");
			assertThat(browser.heading()).isEqualTo("Etusivun huomautusten rajat");
			browser.fill("supportMonths", "61");
			browser.save();
			assertThat(browser.text("#supportMonths-error")).isEqualTo("Arvo saa olla enintään 60.");
			assertThat(browser.value("supportMonths")).isEqualTo("61");
			assertNoViolations(browser, "the alert limits with an error");
			browser.fill("supportMonths", "60");
			browser.save();
			assertThat(browser.heading()).isEqualTo("Tietohallinnon etusivu");
			assertThat(browser.text("#limits")).contains("organisaation rajoja: tuki 60 kuukautta");
			assertThat(browser.text("#support")).contains("60 kuukauden");
			assertThat(browser.texts("#support + ul li")).anySatisfy(li -> assertThat(li).startsWith("Varmistuspalvelu"));
		}
		finally {
			// The other journeys share the demo data and expect the home page of the usual limits.
			browser.open("/registers/settings");
			browser.fill("supportMonths", "12");
			browser.fill("noticeDays", "90");
			browser.save();
		}
		assertThat(browser.text("#limits")).contains("tuki 12 kuukautta ja irtisanominen 90 päivää");
	}

	@Test
	void theRegisterPagesFitANarrowScreen() {
		var browser = browser().signIn("tiina");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			browser.open("/registers/systems");
			String system = browser.find(".register-table tbody a").getDomAttribute("href");
			for (String page : List.of("/", "/registers/systems", system, "/registers/systems/new", "/registers/vendors",
					"/registers/contracts", "/registers/contracts/new", "/registers/settings", system + "/delete")) {
				browser.open(page);
				Object wide = browser.script(
						"return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
				if (!Boolean.FALSE.equals(wide)) {
					problems.add(page + " is wider than 320 px");
				}
				assertNoViolations(browser, page + " at 320 px");
			}
		}
		finally {
			window.setSize(size);
		}
		assertThat(problems).isEmpty();
	}

	/** Date inputs take typed digits in the browser's locale order; setting the value is what a date picker does. */
	private static void date(Browser browser, String id, String isoDate) {
		browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
	}

}
