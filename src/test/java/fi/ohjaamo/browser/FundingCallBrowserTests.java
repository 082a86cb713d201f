package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A funding call from creation to decided results: IT management sets it up and opens it, a service-area editor
 * applies, IT management scores, closes and records the results, and the applicant sees them; every page without
 * accessibility violations, also 320 px wide.
 */
class FundingCallBrowserTests extends BrowserTest {

	private static final String CALL = "Saavutettavuuskorjausten hakukierros";

	@Test
	void aCallFromCreationToDecidedResults() {
		var tiina = browser().signIn("tiina");
		tiina.open("/projects");
		tiina.clickLink("Hakukierrokset");
		assertThat(tiina.texts("table th[scope=row]")).contains("Poikkihallinnollisten digihankkeiden hakukierros 2026");
		assertNoViolations(tiina, "the funding calls");

		tiina.clickLink("Uusi hakukierros");
		assertNoViolations(tiina, "the new call form");
		tiina.fill("name", CALL).fill("budget", "0");
		date(tiina, "opensOn", "2030-09-30");
		date(tiina, "closesOn", "2030-09-01");
		tiina.save();
		assertThat(tiina.text("#budget-error")).isEqualTo("Budjetin on oltava suurempi kuin nolla.");
		assertThat(tiina.text("#closesOn-error")).isEqualTo("Haku ei voi päättyä ennen kuin se alkaa.");
		assertThat(tiina.value("name")).isEqualTo(CALL);
		assertNoViolations(tiina, "the call form with errors");

		tiina.fill("budget", "50 000");
		date(tiina, "opensOn", "2030-09-01");
		date(tiina, "closesOn", "2030-09-30");
		tiina.save();
		assertThat(tiina.heading()).isEqualTo(CALL);
		assertThat(tiina.text(".funding-status-DRAFT")).isEqualTo("Luonnos");
		tiina.clickAndLoad(By.xpath("//button[text()='Avaa haku']"));
		assertThat(tiina.text(".indicator-facts")).contains("Haku auki");
		String callPage = tiina.path().replaceAll("[?#].*", "");

		var sanna = otherBrowser().signIn("sanna");
		sanna.open(callPage);
		sanna.clickLink("Hae rahoitusta");
		assertNoViolations(sanna, "the application form");
		sanna.script("const s = document.getElementById('projectId'); s.selectedIndex = 1;");
		sanna.fill("amount", "30 000").fill("justification", "Koulujen verkkosivujen saavutettavuuspuutteet korjataan.");
		sanna.save();
		assertThat(sanna.text(".alert-success")).isEqualTo("Hakemus lähetettiin.");
		String applicationPage = sanna.path().replaceAll("[?#].*", "");
		assertNoViolations(sanna, "the application");

		tiina.open(applicationPage);
		int criteria = tiina.findAll(".score-form fieldset.line").size();
		assertThat(criteria).isPositive();
		for (int i = 0; i < criteria; i++) {
			tiina.driver().findElement(By.cssSelector("fieldset.line:nth-of-type(" + (i + 1) + ") .check:last-child label"))
				.click();
		}
		tiina.fill("reason", "Vaikuttaa kaikkiin koulujen asiakkaisiin.");
		tiina.clickAndLoad(By.cssSelector(".score-form button.primary"));
		assertThat(tiina.text(".score-history")).contains("Vaikuttaa kaikkiin koulujen asiakkaisiin.");
		assertNoViolations(tiina, "the application with its scores");

		tiina.open(callPage);
		assertThat(tiina.text(".funding-table")).contains("Mahtuu budjettiin");
		assertThat(tiina.text("#funding-remainder")).contains("20");
		// The call runs until 30.9.2030: closing it now cuts the period short, so the page asks first.
		tiina.clickAndLoad(By.xpath("//button[text()='Päätä haku']"));
		assertThat(tiina.heading()).isEqualTo("Suljetaanko hakukierros " + CALL + " ennen määräaikaa?");
		assertThat(tiina.text("#close-early-effect")).contains("30.9.2030").contains("Hakemuksia on yksi");
		assertNoViolations(tiina, "the question before closing early");
		tiina.clickAndLoad(By.xpath("//button[text()='Sulje hakukierros nyt']"));
		assertNoViolations(tiina, "the closed call with the decision form");
		tiina.clickAndLoad(By.cssSelector("form[action$='/decision'] button.primary"));
		assertThat(tiina.text("#section-error")).isNotEmpty();
		assertNoViolations(tiina, "the decision form with errors");
		tiina.fill("bodyName", "Kaupunginhallitus").fill("section", "§ 112").fill("diaryNumber", "KUU/512/2030");
		tiina.clickAndLoad(By.cssSelector("form[action$='/decision'] button.primary"));
		assertThat(tiina.text(".alert-success")).contains("Tulokset kirjattiin");
		assertThat(tiina.text("#funding-call-result")).contains("Kaupunginhallitus").contains("§ 112, dnro KUU/512/2030");

		sanna.open(applicationPage);
		assertThat(sanna.text("#funding-result")).startsWith("Myönnetty 30");
		sanna.clickLink(sanna.find(".indicator-facts dd a").getText());
		assertThat(sanna.text("#card-decisions")).contains("Rahoitusta myönnetty 30")
			.contains("hakukierrokselta " + CALL + ": Kaupunginhallitus").contains("§ 112, dnro KUU/512/2030");
		assertNoViolations(sanna, "the card with its grant");
		sanna.open(callPage);
		assertThat(sanna.text(".indicator-facts")).contains("Päätetty");
		assertNoViolations(sanna, "the decided call");
	}

	@Test
	void theFundingPagesFitANarrowScreen() {
		var browser = browser().signIn("tiina");
		browser.open("/funding-calls");
		browser.clickLink("Poikkihallinnollisten digihankkeiden hakukierros 2026");
		String decided = browser.path();
		String application = browser.find(".funding-table tbody a").getDomAttribute("href");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of("/funding-calls", decided, application, "/funding-calls/new")) {
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

	private static void date(Browser browser, String id, String isoDate) {
		browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
	}

}
