package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo programme in a real browser: axe finds nothing on the programme pages and forms, in their error states
 * and at 320 px; a worksite's project count leads to the same projects in the portfolio.
 */
class ProgrammeBrowserTests extends BrowserTest {

	/** A demo card the demo programme places on a worksite. */
	static final String CARD_ON_WORKSITE = "Tietoturvan valvontapalvelu ja poikkeamien hallinta";

	private static final String WIDER_THAN_THE_WINDOW = """
			const width = document.documentElement.clientWidth;
			return document.documentElement.scrollWidth > width
				? [...document.querySelectorAll('body *')]
					.filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 1)
					.map(e => e.outerHTML.substring(0, 160)).slice(-5)
				: [];""";

	@Test
	void programmePagesAndFormsHaveNoViolations() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/programmes");
		assertNoViolations(browser, "the programmes");

		browser.clickAndLoad(By.cssSelector("table.programmes a"));
		assertThat(browser.findAll(".programme-theme")).hasSizeBetween(3, 4);
		assertThat(browser.findAll(".worksite-projects li")).isNotEmpty();
		assertNoViolations(browser, "a programme with its themes, worksites and projects");
		String programme = browser.path();

		browser.clickAndLoad(By.cssSelector("form.stacked button.primary"));
		assertThat(browser.text("#name-error")).isEqualTo("Täytä tämä kohta.");
		assertNoViolations(browser, "a programme with an invalid new theme");

		browser.open(programme);
		browser.clickAndLoad(By.cssSelector(".strategy-header ~ .actions a"));
		assertThat(browser.path()).endsWith("/edit");
		assertNoViolations(browser, "the edit form of a programme");

		browser.open("/strategy/programmes/new");
		assertNoViolations(browser, "the new-programme form");
		browser.fill("startYear", "2028").fill("endYear", "2025");
		browser.save();
		assertThat(browser.findAll(".field-error")).hasSizeGreaterThanOrEqualTo(2);
		assertNoViolations(browser, "the new-programme form with errors");

		browser.open(programme);
		browser.clickAndLoad(By.cssSelector(".programme-theme > .action-tools a[href$='/edit']"));
		assertNoViolations(browser, "the edit form of a spearhead theme");

		browser.open(programme);
		browser.clickAndLoad(By.cssSelector(".programme-theme > .action-tools a[href$='/worksites/new']"));
		browser.choose("responsible", "Rooli (kuvaa alla)");
		browser.save();
		assertThat(browser.findAll("#name-error")).isNotEmpty();
		assertThat(browser.findAll("#role-error")).isNotEmpty();
		assertNoViolations(browser, "the new-worksite form with errors");

		browser.open(programme);
		browser.clickAndLoad(By.cssSelector(".programme-worksite .action-tools a[href$='/edit']"));
		assertNoViolations(browser, "the edit form of a worksite");
	}

	@Test
	void aWorksitesProjectCountLeadsToItsProjectsInThePortfolio() {
		var browser = browser().signIn("tiina");
		browser.open("/strategy/programmes");
		browser.clickAndLoad(By.cssSelector("table.programmes a"));
		var worksite = browser.findAll(".programme-worksite").stream()
			.filter(w -> !w.findElements(By.cssSelector(".worksite-projects li")).isEmpty())
			.findFirst()
			.orElseThrow();
		List<String> titles = worksite.findElements(By.cssSelector(".worksite-projects a"))
			.stream()
			.map(a -> a.getText())
			.toList();
		worksite.findElement(By.cssSelector("a.worksite-project-count")).click();
		browser.waitUntil(d -> browser.path().startsWith("/projects?worksite="));
		assertThat(browser.texts(".portfolio-table tbody td:nth-child(2) a")).containsExactlyInAnyOrderElementsOf(titles);
		assertNoViolations(browser, "the portfolio filtered by a worksite");

		browser.open("/projects/" + browser.projectId(CARD_ON_WORKSITE));
		assertThat(browser.text(".card-worksite")).contains("Turvallinen perusinfrastruktuuri");
		assertNoViolations(browser, "a card on a worksite");
		browser.clickLink("Muokkaa");
		assertThat(browser.chosen("worksiteId")).isEqualTo("Turvallinen perusinfrastruktuuri");
		assertNoViolations(browser, "the edit form of a card on a worksite");
	}

	@Test
	void everyProgrammePageFitsANarrowScreen() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/programmes");
		String programme = path(browser.find("table.programmes a").getAttribute("href"));
		browser.open(programme);
		String theme = path(browser.find(".programme-theme > .action-tools a[href$='/edit']").getAttribute("href"));
		String newWorksite = path(
				browser.find(".programme-theme > .action-tools a[href$='/worksites/new']").getAttribute("href"));
		String worksite = path(browser.find(".programme-worksite .action-tools a[href$='/edit']").getAttribute("href"));
		String card = "/projects/" + browser.projectId(CARD_ON_WORKSITE);

		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of("/strategy/programmes", programme, programme + "/edit", "/strategy/programmes/new",
					theme, newWorksite, worksite, card, card + "/edit")) {
				browser.open(page);
				Object wide = browser.script(WIDER_THAN_THE_WINDOW);
				if (!(wide instanceof List<?> list) || !list.isEmpty()) {
					problems.add(page + " is wider than 320 px because of: " + wide);
				}
				try {
					assertNoViolations(browser, page + " at 320 px");
				}
				catch (AssertionError ex) {
					problems.add(ex.getMessage());
				}
			}
		}
		finally {
			window.setSize(size);
		}
		assertThat(problems).isEmpty();
	}

	private static String path(String href) {
		return href.replaceFirst("^https?://[^/]+", "");
	}

}
