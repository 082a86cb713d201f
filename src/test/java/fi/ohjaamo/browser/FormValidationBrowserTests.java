package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is refused next to the fields it concerns, and everything typed stays in the form. */
class FormValidationBrowserTests extends BrowserTest {

	static final String CARD = "Kyläkoulujen ja -kirjastojen tietoliikenneyhteyksien parantaminen";

	static final String ENTER_CARD = "Katujen kunnossapidon palautekanava kartalla";

	@Test
	void badScheduleAndAmountsAreMarkedAtTheirFieldsAndTheTypedValuesStay() {
		var browser = browser().signIn("tiina");
		String id = browser.projectId(CARD);
		browser.open("/projects/" + id + "/edit");
		int lines = costLines(browser);
		browser.clickAndLoad(By.cssSelector("button[value=addCost]"));
		browser.clickAndLoad(By.cssSelector("button[value=addCost]"));
		assertThat(costLines(browser)).isEqualTo(lines + 2);
		String negative = "costs-" + lines;
		String upsideDown = "costs-" + (lines + 1);

		browser.fill("scheduleStart", "Q3/2026").fill("scheduleEnd", "Q1/2026");
		browser.fill(negative + "-fromYear", "2027").fill(negative + "-amountMin", "-500");
		browser.fill(upsideDown + "-fromYear", "2027")
			.fill(upsideDown + "-amountMin", "5000")
			.fill(upsideDown + "-amountMax", "1000");
		browser.save();

		assertThat(browser.path()).isEqualTo("/projects/" + id);
		assertThat(browser.text("#error-summary h2")).isEqualTo("Lomakkeessa on 3 virhettä. Korjaa merkityt kohdat.");
		assertThat(browser.findAll("#error-summary a")).extracting(a -> a.getDomAttribute("href"))
			.containsExactlyInAnyOrder("#scheduleEnd", "#" + negative + "-amountMin", "#" + upsideDown + "-amountMax");
		assertFieldError(browser, "scheduleEnd", "Loppu ei voi olla ennen alkua.");
		assertFieldError(browser, negative + "-amountMin", "Arvo ei voi olla negatiivinen.");
		assertFieldError(browser, upsideDown + "-amountMax", "Yläraja ei voi olla pienempi kuin alaraja.");
		assertThat(browser.value("scheduleStart")).isEqualTo("Q3/2026");
		assertThat(browser.value("scheduleEnd")).isEqualTo("Q1/2026");
		assertThat(browser.value(negative + "-amountMin")).isEqualTo("-500");
		assertThat(browser.value(upsideDown + "-amountMin")).isEqualTo("5000");
		assertThat(browser.value(upsideDown + "-amountMax")).isEqualTo("1000");

		browser.open("/projects/" + id);
		assertThat(CardBrowserTests.fact(browser, "Aikataulu")).as("nothing was saved").isEqualTo("2028");
	}

	@Test
	void aNewCardWithoutTheRequiredFieldsIsRefused() {
		var browser = browser().signIn("tiina").open("/projects/new");
		assertThat(browser.heading()).isEqualTo("Uusi kehittämiskohde");

		browser.fill("number", "9.9").save();

		assertThat(browser.path()).isEqualTo("/projects");
		assertThat(browser.find("#error-summary").isDisplayed()).isTrue();
		assertFieldError(browser, "title", "Täytä tämä kohta.");
		assertThat(browser.value("number")).isEqualTo("9.9");
	}

	@Test
	void enterInATextFieldSavesTheCardAndTheFormShowsOneSaveButton() {
		var browser = browser().signIn("tiina");
		String id = browser.projectId(ENTER_CARD);
		browser.open("/projects/" + id + "/edit");
		int lines = costLines(browser);
		assertThat(browser.findAll("button[value=save]")).filteredOn(WebElement::isDisplayed).hasSize(1);

		browser.script("document.ohjaamoLeft = true;");
		browser.find("#title").sendKeys(" (kartta)", Keys.ENTER);
		browser.waitUntil(d -> browser.script("return document.ohjaamoLeft === undefined || null;"));

		assertThat(browser.path()).isEqualTo("/projects/" + id + "?saved");
		assertThat(browser.heading()).isEqualTo(ENTER_CARD + " (kartta)");
		browser.open("/projects/" + id + "/edit");
		assertThat(costLines(browser)).as("Enter did not add a cost line").isEqualTo(lines);
	}

	private static int costLines(Browser browser) {
		return browser.findAll("input[id^='costs-'][id$='-amountMin']").size();
	}

	private static void assertFieldError(Browser browser, String id, String message) {
		var input = browser.find("#" + id);
		assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(input.getDomAttribute("aria-describedby")).contains(id + "-error");
		assertThat(browser.text("#" + id + "-error")).isEqualTo(message);
		assertThat(browser.driver()
			.findElement(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'field')][1]"))
			.getDomAttribute("class")).contains("has-error");
	}

}
