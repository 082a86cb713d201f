package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategy's actions and SWOT analyses in a real browser: axe finds nothing on their pages, in their
 * error states and at 320 px, where the SWOT grid falls into one column; a response becomes an action.
 */
class ActionsAndSwotBrowserTests extends BrowserTest {

	private static final String WIDER_THAN_THE_WINDOW = """
			const width = document.documentElement.clientWidth;
			return document.documentElement.scrollWidth > width
				? [...document.querySelectorAll('body *')]
					.filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 1)
					.map(e => e.outerHTML.substring(0, 160)).slice(-5)
				: [];""";

	@Test
	void actionPagesHaveNoViolations() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/actions");
		assertThat(browser.findAll(".actions-table tbody tr")).isNotEmpty();
		assertNoViolations(browser, "all actions");
		browser.open("/strategy/actions?status=DONE");
		assertNoViolations(browser, "the actions filtered by status");

		String goalPage = path(browser.find(".actions-table tbody td a[href*='/strategy/goals/']").getAttribute("href"));
		browser.open(goalPage);
		assertNoViolations(browser, "the actions of a goal");

		browser.clickAndLoad(By.cssSelector("form.stacked button.primary"));
		assertThat(browser.text("#description-error")).isEqualTo("Täytä tämä kohta.");
		assertNoViolations(browser, "the actions of a goal with an invalid new action");

		browser.open(goalPage);
		browser.clickAndLoad(By.cssSelector(".action-tools a"));
		assertThat(browser.path()).endsWith("/edit");
		assertNoViolations(browser, "the edit form of an action");
	}

	@Test
	void aResponseBecomesAnActionAndSwotPagesHaveNoViolations() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/swot");
		assertNoViolations(browser, "the SWOT analyses");
		browser.clickAndLoad(By.cssSelector(".swot-list a"));
		assertThat(browser.findAll(".swot-quadrant")).hasSize(4);
		assertThat(browser.findAll(".swot-action")).hasSize(2);
		assertNoViolations(browser, "a SWOT analysis");

		browser.clickAndLoad(By.cssSelector("form.make-action button"));
		assertThat(browser.findAll(".swot-action")).hasSize(3);
		assertNoViolations(browser, "a SWOT analysis after a response became an action");

		browser.clickAndLoad(By.cssSelector(".swot-item > a"));
		assertThat(browser.path()).endsWith("/edit");
		assertNoViolations(browser, "the edit form of a SWOT item");
	}

	@Test
	void everyPageFitsANarrowScreen() {
		var browser = browser().signIn("admin");
		browser.open("/strategy/swot");
		String analysis = path(browser.find(".swot-list a").getAttribute("href"));
		browser.open(analysis);
		String item = path(browser.find(".swot-item > a").getAttribute("href"));
		browser.open("/strategy/actions");
		String goal = path(browser.find(".actions-table tbody td a[href*='/strategy/goals/']").getAttribute("href"));
		browser.open(goal);
		String action = path(browser.find(".action-tools a").getAttribute("href"));

		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of("/strategy/actions", goal, action, "/strategy/swot", analysis, item)) {
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
			browser.open(analysis);
			Object columns = browser.script(
					"return getComputedStyle(document.querySelector('.swot-grid')).gridTemplateColumns.split(' ').length;");
			assertThat(columns).isEqualTo(1L);
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
