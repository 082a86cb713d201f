package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions of the strategy's records, their differences, the confirmation pages of deleting and the new forms
 * in a real browser: axe finds nothing, also at 320 px. Nothing is deleted, so the demo data stays as other
 * browser tests expect it.
 */
class StrategyHistoryBrowserTests extends BrowserTest {

	private static final String WIDER_THAN_THE_WINDOW = """
			const width = document.documentElement.clientWidth;
			return document.documentElement.scrollWidth > width
				? [...document.querySelectorAll('body *')]
					.filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 1)
					.map(e => e.outerHTML.substring(0, 160)).slice(-5)
				: [];""";

	@Test
	void versionListsAndDiffsHaveNoViolations() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/strategies");
		browser.clickAndLoad(By.cssSelector("a[href^='/history/strategy/']"));
		assertThat(browser.findAll("table.history tbody tr")).hasSizeGreaterThanOrEqualTo(2);
		assertNoViolations(browser, "the versions of a strategy");
		browser.clickAndLoad(By.cssSelector(".history-form button"));
		// The button compares the two newest versions of the demo strategy.
		assertThat(browser.path()).contains("/diff?").contains("from=3").contains("to=4");
		assertNoViolations(browser, "the differences between two versions of a strategy");

		browser.open("/strategy/indicators");
		browser.clickAndLoad(By.cssSelector(".indicator-table a"));
		browser.clickAndLoad(By.cssSelector("a[href^='/history/indicator/']"));
		assertThat(browser.findAll("table.history tbody tr")).hasSize(6);
		browser.clickAndLoad(By.cssSelector(".history-form button"));
		assertThat(browser.findAll("table.diff ins")).isNotEmpty();
		assertNoViolations(browser, "the differences between two versions of an indicator");
	}

	@Test
	void confirmationPagesAndNewFormsHaveNoViolations() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/actions");
		browser.open(path(browser.find(".actions-table tbody td a[href*='/strategy/goals/']").getAttribute("href")));
		browser.clickAndLoad(By.cssSelector(".action-tools a[href$='/delete']"));
		assertThat(browser.findAll("form button.danger")).hasSize(1);
		assertNoViolations(browser, "the confirmation of deleting an action");

		browser.open("/strategy/swot");
		browser.clickAndLoad(By.cssSelector(".swot-list a"));
		String analysis = browser.path();
		browser.clickAndLoad(By.cssSelector(".swot-item .order-tools a[href$='/delete']"));
		assertNoViolations(browser, "the confirmation of deleting a SWOT item");
		browser.open(analysis + "/edit");
		assertNoViolations(browser, "the edit form of a SWOT analysis");
		browser.fill("title", "");
		browser.clickAndLoad(By.cssSelector(".form-actions button.primary"));
		assertThat(browser.findAll("#title-error")).hasSize(1);
		assertNoViolations(browser, "the edit form of a SWOT analysis with an error");

		browser.open("/strategy/city-goals");
		browser.clickAndLoad(By.cssSelector(".city-goal-list a[href$='/delete']"));
		assertNoViolations(browser, "the confirmation of deleting a city-strategy goal");
		browser.open("/strategy/city-goals");
		browser.clickAndLoad(By.cssSelector(".city-goal-list a[href$='/edit']"));
		assertNoViolations(browser, "the edit form of a city-strategy goal");

		browser.open("/strategy/indicators/new");
		browser.fill("name", "Uusi mittari").fill("unit", "kpl");
		browser.clickAndLoad(By.cssSelector(".form-actions button.primary"));
		assertThat(browser.text("#goalId-error")).isEqualTo("Valitse tavoite tai painopistealue, jota mittari mittaa.");
		assertNoViolations(browser, "the indicator form without a goal or a focus area");
	}

	@Test
	void everyNewPageFitsANarrowScreen() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/strategies");
		String versions = path(browser.find("a[href^='/history/strategy/']").getAttribute("href"));
		browser.open("/strategy/actions");
		browser.open(path(browser.find(".actions-table tbody td a[href*='/strategy/goals/']").getAttribute("href")));
		String deleteAction = path(browser.find(".action-tools a[href$='/delete']").getAttribute("href"));
		browser.open("/strategy/city-goals");
		String deleteCityGoal = path(browser.find(".city-goal-list a[href$='/delete']").getAttribute("href"));

		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of(versions, versions + "/diff?from=1&to=2", deleteAction, deleteCityGoal,
					"/strategy/city-goals", "/strategy/indicators", "/strategy/indicators/new")) {
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
