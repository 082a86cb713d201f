package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality's capacity: the overloaded quarter stands out in words, its projects lead to their cards,
 * the Chart.js chart draws the same quarters as the table; IT management edits the grid and sees a wrong value's
 * message next to its cell; all without accessibility violations, also 320 px wide.
 */
class CapacityBrowserTests extends BrowserTest {

	/** The number of quarters each dataset of the first chart holds, and the canvas's drawn width. */
	private static final String CHART = """
			const canvas = document.getElementById('capacity-chart-0');
			const chart = window.Chart && Chart.getChart(canvas);
			return chart ? chart.data.datasets.map(d => d.data.length).concat([canvas.clientWidth]) : null;""";

	@Test
	void theOverloadedQuarterStandsOutAndLeadsToTheProjectsThatCauseIt() {
		var browser = browser().signIn("ville");
		browser.open("/projects");
		browser.clickLink("Kapasiteetti");
		assertThat(browser.heading()).isEqualTo("Kapasiteetti");
		assertThat(browser.texts("#capacity-overloads li")).singleElement().asString().startsWith("IT Q")
			.contains("kysyntä ylittyy");
		var overloaded = browser.findAll(".capacity-table tr.overloaded");
		assertThat(overloaded).hasSize(1);
		assertThat(overloaded.getFirst().getText()).contains("Ylittyy");
		int quarters = browser.findAll("#party-0 + .capacity-chart + .table-scroll tbody tr").size();
		assertThat(quarters).isEqualTo(12);
		List<?> chart = (List<?>) browser.waitUntil(d -> browser.script(CHART));
		assertThat(chart.subList(0, 3)).as("capacity, low and high per quarter").allMatch(n -> ((Number) n).intValue() == quarters);
		assertThat(((Number) chart.get(3)).intValue()).as("chart width").isGreaterThan(100);
		assertNoViolations(browser, "the capacity view");

		overloaded.getFirst().findElement(By.tagName("summary")).click();
		var first = overloaded.getFirst().findElement(By.cssSelector(".capacity-projects a"));
		String title = first.getText();
		browser.clickAndLoad(By.linkText(title));
		assertThat(browser.heading()).isEqualTo(title);
	}

	@Test
	void itManagementEditsTheGridAndAWrongValueIsToldNextToItsCell() {
		var browser = browser().signIn("tiina");
		browser.open("/projects/capacity");
		browser.clickLink("Muokkaa kapasiteettia");
		assertThat(browser.heading()).isEqualTo("Muokkaa kapasiteettia");
		assertNoViolations(browser, "the capacity grid");

		browser.open("/projects/capacity/edit?from=2035&to=2035");
		browser.fill("cells-0-days", "paljon");
		browser.fill("cells-1-days", "-10");
		browser.save();
		assertThat(browser.text("#cells-0-days-error")).isEqualTo("Anna henkilötyöpäivät lukuna, esim. 120 tai 87,5.");
		assertThat(browser.text("#cells-1-days-error")).isEqualTo("Kapasiteetti ei voi olla negatiivinen.");
		assertThat(browser.value("cells-0-days")).isEqualTo("paljon");
		assertThat(browser.value("cells-1-days")).isEqualTo("-10");
		assertThat(browser.texts(".error-summary li")).hasSize(2);
		assertNoViolations(browser, "the capacity grid with errors");

		browser.fill("cells-0-days", "120,5");
		browser.fill("cells-1-days", "");
		browser.save();
		assertThat(browser.path()).startsWith("/projects/capacity");
		assertThat(browser.text(".alert-success")).isEqualTo("Kapasiteetti tallennettiin.");
		assertThat(browser.texts(".capacity-history tbody tr").getFirst()).contains("Tiina Tietohallintojohtaja")
			.contains("Q1/2035").contains("120,5");
	}

	@Test
	void thePagesFitANarrowScreen() {
		var browser = browser().signIn("tiina");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of("/projects/capacity", "/projects/capacity/edit")) {
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

}
