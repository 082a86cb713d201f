package fi.ohjaamo.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality's indicators: the overview, one indicator's trend drawn by Chart.js next to the same
 * data as a table, and the forms, all without accessibility violations, also on a 320 px wide screen.
 */
class IndicatorBrowserTests extends BrowserTest {

	static final String INDICATOR = "Ensitasolla ratkaistujen palvelupyyntöjen osuus";

	/** The canvas's drawn size and whether Chart.js made a chart of it. */
	private static final String CHART = """
			const canvas = document.getElementById('indicator-chart');
			const chart = window.Chart && Chart.getChart(canvas);
			return [canvas.clientWidth, canvas.clientHeight, chart ? chart.data.datasets[0].data.length : -1];""";

	@Test
	void theTrendIsDrawnAsAChartWithTheSameDataInATable() {
		var browser = browser().signIn("tiina");
		browser.open("/strategy/indicators");
		assertThat(browser.heading()).isEqualTo("Mittarit");
		assertThat(browser.texts(".indicator-status")).contains("Tavoitteessa", "Jäljessä tavoitteesta");
		assertNoViolations(browser, "the indicators");

		browser.clickLink(INDICATOR);
		assertThat(browser.heading()).isEqualTo(INDICATOR);
		int rows = browser.findAll("#main table tbody tr").size();
		assertThat(rows).isEqualTo(5);
		assertChartDrawn(browser, rows);
		assertThat(browser.find("#indicator-chart").getDomAttribute("aria-label")).contains(INDICATOR);
		assertNoViolations(browser, "an indicator with its chart");

		browser.fill("date", "31.13.2026").fill("value", "kymmenen");
		browser.clickAndLoad(By.cssSelector("form[action$='/measurements'] button.primary"));
		assertThat(browser.text("#date-error")).contains("pp.kk.vvvv");
		assertNoViolations(browser, "the measured value form with errors");

		browser.fill("date", "15.5.2026").fill("value", "72,5").fill("source", "Kevään raportti");
		browser.clickAndLoad(By.cssSelector("form[action$='/measurements'] button.primary"));
		assertThat(browser.path()).endsWith("?measured");
		assertThat(browser.texts("#main table tbody th")).contains("15.5.2026");
		assertChartDrawn(browser, rows + 1);
	}

	@Test
	void targetRowsAreAddedWithoutJavaScriptAndTheFormIsAccessible() {
		var browser = browser().signIn("tiina");
		browser.open("/strategy/indicators");
		browser.clickLink(INDICATOR);
		browser.clickLink("Muokkaa mittaria");
		assertNoViolations(browser, "the indicator form");
		int targets = browser.findAll("fieldset.line").size();
		browser.clickAndLoad(By.cssSelector("button[value=addTarget]"));
		assertThat(browser.findAll("fieldset.line")).hasSize(targets + 1);
		browser.fill("name", "");
		browser.save();
		assertThat(browser.findAll(".field-error")).isNotEmpty();
		assertNoViolations(browser, "the indicator form with errors");
	}

	@Test
	void aScorecardIndicatorIsEnteredWithItsTargetsAsTheStrategyWritesThem() {
		var browser = browser().signIn("tiina");
		browser.open("/strategy/indicators/new");
		browser.choose("goalId", browser.texts("#goalId option").get(1));
		browser.fill("name", "Käyttäjien tyytyväisyys tukipalveluun").fill("unit", "pistettä")
			.choose("cadence", "Kahdesti vuodessa").fill("scaleMin", "1").fill("scaleMax", "5")
			.fill("baselineValue", "3,4").fill("baselineYear", "2023");
		browser.fill("targets-0-year", "2026").choose("targets-0-half", "1. vuosipuolisko")
			.choose("targets-0-basis", "Lukuun").choose("targets-0-operator", "vähintään (≥)").fill("targets-0-value", "6");
		browser.save();
		assertThat(browser.text("#targets-0-value-error")).contains("Anna luku asteikolta 1–5.");
		assertNoViolations(browser, "the indicator form with a target off its scale");

		browser.fill("targets-0-value", "4");
		browser.clickAndLoad(By.cssSelector("button[value=addTarget]"));
		browser.fill("targets-1-year", "2027").choose("targets-1-basis", "Muutokseen lähtötasosta (%)")
			.choose("targets-1-operator", "vähintään (≥)").fill("targets-1-value", "25");
		browser.save();
		assertThat(browser.path()).endsWith("?added");
		assertThat(browser.texts(".indicator-targets li")).containsExactly(
				"2026, 1. vuosipuolisko: ≥ 4 pistettä", "2027: ≥ +25 % lähtötasosta (2023)");
		assertNoViolations(browser, "a scorecard indicator");
	}

	@Test
	void theChartFitsANarrowScreen() {
		var browser = browser().signIn("ville");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		try {
			window.setSize(new Dimension(320, 800));
			browser.open("/strategy/indicators");
			assertNoViolations(browser, "the indicators at 320 px");
			browser.clickLink(INDICATOR);
			assertChartDrawn(browser, browser.findAll("#main table tbody tr").size());
			Object wide = browser.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
			assertThat(wide).isEqualTo(false);
			assertNoViolations(browser, "an indicator at 320 px");
		}
		finally {
			window.setSize(size);
		}
	}

	private static void assertChartDrawn(Browser browser, int points) {
		List<?> chart = (List<?>) browser.waitUntil(d -> {
			Object result = browser.script(CHART);
			return result instanceof List<?> list && ((Number) list.get(2)).intValue() >= 0 ? list : null;
		});
		assertThat(((Number) chart.get(0)).intValue()).as("chart width").isGreaterThan(100);
		assertThat(((Number) chart.get(1)).intValue()).as("chart height").isGreaterThan(100);
		assertThat(((Number) chart.get(2)).intValue()).as("points in the chart").isEqualTo(points);
	}

}
