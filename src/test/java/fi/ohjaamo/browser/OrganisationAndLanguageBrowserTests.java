package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tiina works for two organisations and switches between them; anyone may switch the language. The Swedish
 * and English texts are still being written, so the language is checked by what does not depend on them.
 */
class OrganisationAndLanguageBrowserTests extends BrowserTest {

	@Test
	void switchingOrganisationShowsTheOtherPortfolio() {
		var browser = browser().signIn("tiina");
		assertThat(browser.chosen("organisation-switch")).isEqualTo("Kuusijärven kaupunki");
		assertThat(browser.texts(".portfolio-table tbody td:nth-child(2) a")).contains("Asianhallintajärjestelmän uusiminen");

		browser.choose("organisation-switch", "Pohjanrannan hyvinvointialue");
		browser.clickAndLoad(By.cssSelector("form.org-switch button"));

		assertThat(browser.path()).isEqualTo("/projects");
		assertThat(browser.chosen("organisation-switch")).isEqualTo("Pohjanrannan hyvinvointialue");
		assertThat(browser.driver().getTitle()).contains("Pohjanrannan hyvinvointialue");
		var titles = browser.texts(".portfolio-table tbody td:nth-child(2) a");
		assertThat(titles).contains("Etäkotihoidon videopalvelu").doesNotContain("Asianhallintajärjestelmän uusiminen");
		assertThat(PortfolioBrowserTests.column(browser, "Omistava palvelualue")).isNotEmpty().doesNotContain("Hallintopalvelut");

		browser.choose("organisation-switch", "Kuusijärven kaupunki");
		browser.clickAndLoad(By.cssSelector("form.org-switch button"));
		assertThat(browser.texts(".portfolio-table tbody td:nth-child(2) a")).contains("Asianhallintajärjestelmän uusiminen");
	}

	@Test
	void aPersonWithOneOrganisationSeesItsNameInsteadOfASwitch() {
		var browser = browser().signIn("ville");

		assertThat(browser.findAll("#organisation-switch")).isEmpty();
		assertThat(browser.text(".org-name")).isEqualTo("Kuusijärven kaupunki");
	}

	@Test
	void theLanguageLinksSwitchTheLanguageKeepTheViewAndRememberTheChoice() {
		var browser = browser().signIn("tiina").open("/projects?status=IN_PROGRESS");
		assertThat(language(browser)).isEqualTo("fi");
		assertThat(current(browser)).isEqualTo("fi");
		int inProgress = PortfolioBrowserTests.total(browser);

		browser.clickAndLoad(By.cssSelector(".languages a[hreflang=sv]"));

		assertThat(language(browser)).isEqualTo("sv");
		assertThat(current(browser)).isEqualTo("sv");
		assertThat(browser.path()).contains("status=IN_PROGRESS").contains("lang=sv");
		assertThat(browser.findAll(".portfolio-table tbody tr")).hasSize(inProgress);
		assertThat(browser.ticked("f-status-IN_PROGRESS")).isTrue();

		browser.open("/projects");
		assertThat(language(browser)).as("the choice is remembered").isEqualTo("sv");

		browser.clickAndLoad(By.cssSelector(".languages a[hreflang=en]"));
		assertThat(language(browser)).isEqualTo("en");
		assertThat(current(browser)).isEqualTo("en");

		browser.clickAndLoad(By.cssSelector(".languages a[hreflang=fi]"));
		assertThat(language(browser)).isEqualTo("fi");
		assertThat(browser.heading()).isEqualTo("Projektisalkku");
	}

	private static String language(Browser browser) {
		return browser.find("html").getDomAttribute("lang");
	}

	/** The language link marked as the current one. */
	private static String current(Browser browser) {
		return browser.find(".languages a[aria-current=true]").getDomAttribute("hreflang");
	}

}
