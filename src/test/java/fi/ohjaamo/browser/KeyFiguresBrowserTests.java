package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * IT management enters a year's key figures from the register's tab: a share above 100 % is told next to its field and
 * what was typed stays; once saved, the year is a column of the table and the charts are drawn. Without accessibility
 * violations (the walk of every page checks them 320 px wide).
 */
class KeyFiguresBrowserTests extends BrowserTest {

	@Test
	void aYearIsEnteredAndSeenInTheTableAndTheCharts() {
		var browser = browser().signIn("tiina");
		browser.open("/registers/systems");
		browser.clickLink("Tunnusluvut");
		assertThat(browser.heading()).isEqualTo("Tunnusluvut");
		assertThat(browser.texts(".key-figure-table thead th")).contains("2021", "2025");
		assertNoViolations(browser, "the key figures");

		browser.clickLink("Lisää vuosi");
		browser.fill("year", "2020");
		browser.fill("workstations", "1 810");
		browser.fill("applications", "121");
		browser.fill("firstLevelShare", "150");
		browser.save();
		assertThat(browser.text("#firstLevelShare-error")).isEqualTo("Osuuden on oltava 0–100 %.");
		assertThat(browser.value("workstations")).isEqualTo("1810");
		assertThat(browser.text("#applications-hint")).startsWith("Tietojärjestelmäluettelossa on nyt");
		assertNoViolations(browser, "the key figure form with an error");
		browser.fill("firstLevelShare", "75");
		browser.save();

		assertThat(browser.text(".alert-success")).isEqualTo("Vuoden tunnusluvut tallennettiin.");
		assertThat(browser.texts(".key-figure-table thead th")).startsWith("Tunnusluku", "2020", "2021");
		assertThat(browser.texts(".key-figure-table tbody tr")).anySatisfy(row -> assertThat(row.replaceAll("[\\s\u00a0\u202f]+", " "))
			.startsWith("Työasemat 1 810 1 870"));
		assertThat(browser.find("#devices-chart").isDisplayed()).isTrue();
		Object drawn = browser.waitUntil(d -> browser.script(
				"return Chart.getChart(document.getElementById('shares-chart')) !== undefined || null;"));
		assertThat(drawn).as("the shares chart drawn by Chart.js").isEqualTo(Boolean.TRUE);
		assertNoViolations(browser, "the key figures with a new year");
	}

	@Test
	void theChartsAxesWriteNumbersInThePagesLanguage() {
		var browser = browser().signIn("tiina");
		browser.open("/registers/key-figures");
		assertThat(yTicks(browser)).as("Finnish groups digits with a space").containsPattern("\\d[\u00a0\u202f ]\\d{3}")
			.doesNotContainPattern("\\d,\\d{3}");
		browser.open("/registers/key-figures?lang=en");
		assertThat(yTicks(browser)).as("English with a comma").containsPattern("\\d,\\d{3}");
	}

	private static String yTicks(Browser browser) {
		return (String) browser.waitUntil(d -> browser.script("var c = Chart.getChart(document.getElementById"
				+ "('devices-chart')); return c ? c.scales.y.ticks.map(function (t) { return t.label; }).join('|') : null;"));
	}

}
