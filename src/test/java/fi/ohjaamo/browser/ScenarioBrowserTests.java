package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * IT management builds a scenario from the portfolio, shifts a decided project, sees capacity and costs beside the
 * current plan in charts and tables, compares it with the demo's scenarios and adopts it onto the card; every page
 * without accessibility violations, also 320 px wide.
 */
class ScenarioBrowserTests extends BrowserTest {

	/** How many datasets Chart.js drew on the canvas, -1 before it has drawn. */
	private static final String DRAWN = """
			const chart = window.Chart && Chart.getChart(document.getElementById(arguments[0]));
			return chart ? chart.data.datasets.length : -1;""";

	@Test
	void aNewScenarioShiftsADecidedProjectIsComparedAndAdoptedOntoTheCard() {
		var browser = browser().signIn("tiina");
		browser.open("/projects");
		browser.clickLink("Skenaariot");
		assertThat(browser.heading()).isEqualTo("Skenaariot");
		assertNoViolations(browser, "the scenarios");
		browser.clickLink("Uusi skenaario");
		browser.fill("name", "Selaintestin skenaario");
		browser.save();
		assertThat(browser.heading()).isEqualTo("Skenaario: Selaintestin skenaario");
		assertThat(browser.text(".alert-success")).contains("Skenaario luotiin");
		assertNoViolations(browser, "a new scenario");

		String title = chooseApproved(browser);
		browser.fill("newStart", "kesällä");
		browser.fill("newEnd", "2031");
		browser.save();
		assertThat(browser.text("#newStart-error")).contains("Kirjoita vuosi, neljännes tai kuukausi");
		assertThat(browser.value("newStart")).isEqualTo("kesällä");
		assertNoViolations(browser, "a scenario's change with errors");

		browser.fill("newStart", "2031");
		browser.fill("reason", "Odottaa rahoitusta");
		browser.save();
		assertThat(browser.texts("td a")).contains(title);
		assertThat(browser.texts("td")).anyMatch(t -> t.startsWith("Aikataulu siirtyy") && t.endsWith("2031–2031"));
		assertThat(browser.texts(".scenario-table .difference")).isNotEmpty();
		assertThat(browser.texts("h3[id^=capacity-party-]")).as("every party with capacity").containsExactly("IT",
				"Sivistyspalvelut");
		assertThat(drawn(browser, "capacity-chart-0")).as("IT chart datasets: capacity and two plans").isEqualTo(3);
		assertThat(drawn(browser, "capacity-chart-1")).as("service area chart datasets").isEqualTo(3);
		assertThat(drawn(browser, "costs-chart")).as("cost chart datasets").isEqualTo(4);
		assertNoViolations(browser, "a scenario with a shifted project");
		String scenarioPath = browser.path();

		browser.clickLink("Skenaariot");
		browser.clickLink("Skenaarioiden vertailu");
		for (WebElement box : browser.findAll("input[name=scenario]")) {
			box.click();
		}
		browser.clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
		assertThat(browser.texts("#overload-heading + .table-scroll tbody th")).contains("Nykyinen suunnitelma",
				"Selaintestin skenaario");
		assertNoViolations(browser, "the comparison");

		browser.open(scenarioPath);
		browser.clickLink("Ota skenaario käyttöön");
		// Nothing is written before the confirmation, which lists the card the adoption changes.
		assertThat(browser.text("h1")).isEqualTo("Otetaanko skenaario Selaintestin skenaario käyttöön?");
		assertThat(browser.text("main")).contains(title);
		assertNoViolations(browser, "the adoption's confirmation");
		browser.clickAndLoad(By.xpath("//button[normalize-space()='Vahvista käyttöönotto']"));
		assertThat(browser.path()).endsWith("?adopted");
		assertThat(browser.text(".scenario-facts")).contains("Otettu käyttöön");
		assertThat(browser.findAll("form.scenario-change")).isEmpty();
		browser.open("/projects/" + browser.projectId(title));
		assertThat(browser.text("main")).contains("2031");
		browser.clickLink("Versiohistoria");
		assertThat(browser.texts("tbody tr").getFirst()).contains("Skenaarion \"Selaintestin skenaario\" käyttöönotto: Odottaa rahoitusta");
	}

	@Test
	void thePagesFitANarrowScreen() {
		var browser = browser().signIn("tiina");
		browser.open("/projects/scenarios");
		var pages = new ArrayList<String>(List.of("/projects/scenarios", "/projects/scenarios/new",
				"/projects/scenarios/compare", "/projects/costs"));
		browser.findAll("table a[href^='/projects/scenarios/']").forEach(a -> pages.add(a.getDomAttribute("href")));
		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : pages) {
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
		assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
	}

	/** Chooses the first approved project of the plan in the change form and returns its title. */
	private static String chooseApproved(Browser browser) {
		var select = new Select(browser.find("#projectId"));
		var option = select.getOptions().stream().filter(o -> o.getText().contains("Hyväksytty")).findFirst()
			.orElseThrow();
		String text = option.getText();
		select.selectByVisibleText(text);
		browser.find("#kind-SHIFT").click();
		String label = text.substring(0, text.indexOf(" – "));
		// The label starts with the card's number when it has one.
		return label.matches("^[0-9][0-9.]* .*") ? label.substring(label.indexOf(' ') + 1) : label;
	}

	private static int drawn(Browser browser, String canvas) {
		return ((Number) browser.waitUntil(d -> {
			Object result = browser.script(DRAWN, canvas);
			return result instanceof Number n && n.intValue() >= 0 ? n : null;
		})).intValue();
	}

}
