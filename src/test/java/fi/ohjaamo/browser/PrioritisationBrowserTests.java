package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality's prioritisation: the ranking with its Chart.js bar chart next to the same numbers as a
 * table, a project's scores and the scoring form, the criteria and their forms; all without accessibility
 * violations, also 320 px wide.
 */
class PrioritisationBrowserTests extends BrowserTest {

	static final String RESCORED = "Asianhallintajärjestelmän uusiminen";

	/** The canvas's drawn size and the number of bars Chart.js drew. */
	private static final String CHART = """
			const canvas = document.getElementById('ranking-chart');
			const chart = window.Chart && Chart.getChart(canvas);
			return [canvas.clientWidth, canvas.clientHeight, chart ? chart.data.datasets[0].data.length : -1];""";

	@Test
	void theRankingPutsMandatoryProjectsAboveTheLineAndDrawsTheTopScores() {
		var browser = browser().signIn("ville");
		browser.open("/projects");
		browser.clickLink("Priorisointijärjestys");
		assertThat(browser.heading()).isEqualTo("Priorisointijärjestys");
		assertThat(browser.texts(".ranking tbody th[scope=rowgroup]").getFirst()).startsWith("Rajan yläpuolella");
		assertThat(browser.texts(".ranking .mandatory-flag")).isNotEmpty().allMatch("Pakollinen"::equals);
		assertThat(browser.texts(".ranking .unscored")).isNotEmpty();
		int bars = browser.findAll(".top-table tbody tr").size();
		assertThat(bars).isEqualTo(10);
		List<?> chart = (List<?>) browser.waitUntil(d -> {
			Object result = browser.script(CHART);
			return result instanceof List<?> list && ((Number) list.get(2)).intValue() >= 0 ? list : null;
		});
		assertThat(((Number) chart.get(0)).intValue()).as("chart width").isGreaterThan(100);
		assertThat(((Number) chart.get(2)).intValue()).as("bars").isEqualTo(bars);
		assertNoViolations(browser, "the ranking");

		browser.choose("f-status", "Ehdotus");
		browser.clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
		assertThat(browser.texts(".ranking td.status")).isNotEmpty().allMatch("Ehdotus"::equals);
		assertNoViolations(browser, "the ranking filtered by status");
	}

	@Test
	void anEvaluatorScoresFromTheCardAndTheHistoryShowsWhatChanged() {
		var browser = browser().signIn("tiina");
		browser.open("/projects/" + browser.projectId(RESCORED));
		browser.clickLink("Pisteytys");
		assertThat(browser.heading()).isEqualTo("Pisteytys: " + RESCORED);
		assertThat(browser.text(".score-history")).contains("aiemmin");
		assertNoViolations(browser, "the scores of a project");

		browser.driver().findElement(By.cssSelector("label[for=levels-0-level]")).click();
		browser.fill("reason", "Arvioitu uudelleen ohjausryhmässä");
		browser.save();
		assertThat(browser.path()).endsWith("/scores?scored");
		assertThat(browser.texts(".score-history > li").getFirst()).contains("Tiina Tietohallintojohtaja")
			.contains("Arvioitu uudelleen ohjausryhmässä");
		assertNoViolations(browser, "the scores after scoring");
	}

	@Test
	void theCriteriaAndTheirFormsTellWhatIsWrongNextToTheField() {
		var browser = browser().signIn("tiina");
		browser.open("/projects/ranking");
		browser.clickAndLoad(By.partialLinkText("Priorisointikriteerit"));
		assertThat(browser.text("#weight-sum")).isEqualTo("Käytössä olevien kriteerien painot ovat yhteensä 100 %.");
		assertNoViolations(browser, "the criteria");

		browser.clickLink("Lisää kriteeri");
		assertNoViolations(browser, "the criterion form");
		int levels = browser.findAll("fieldset.line").size();
		browser.clickAndLoad(By.cssSelector("button[value=addLevel]"));
		assertThat(browser.findAll("fieldset.line")).hasSize(levels + 1);
		browser.fill("weight", "paljon");
		browser.save();
		assertThat(browser.text("#weight-error")).isEqualTo("Anna paino kokonaislukuna 0–100.");
		assertThat(browser.value("weight")).isEqualTo("paljon");
		assertNoViolations(browser, "the criterion form with errors");

		browser.open("/projects/criteria");
		browser.clickLink("Muuta painoja");
		browser.fill("rows-0-weight", "10");
		browser.save();
		assertThat(browser.text(".error-summary")).contains("Painojen summan on oltava 100 %; nyt se on 80 %.");
		assertThat(browser.text("#weights-sum")).contains("80 %, eivät 100 %");
		assertNoViolations(browser, "the weights form with a wrong sum");
	}

	@Test
	void thePagesFitANarrowScreen() {
		var browser = browser().signIn("tiina");
		String project = browser.projectId(RESCORED);
		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of("/projects/ranking", "/projects/" + project + "/scores", "/projects/criteria",
					"/projects/criteria/new", "/projects/criteria/weights")) {
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
