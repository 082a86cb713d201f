package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 1.4.10: at 320 CSS pixels wide every page fits without scrolling sideways; only a wide table may
 * scroll, inside its own box, which axe then checks for keyboard access. axe does not check the reflow.
 */
class ReflowBrowserTests extends BrowserTest {

	private static final String OVERFLOWING = """
			const width = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll('body *')]
				.filter(e => !e.closest('.table-scroll'))
				.filter(e => e.getBoundingClientRect().right > width + 1 || e.scrollWidth > e.clientWidth + 1
					&& getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)
				.map(e => e.outerHTML.substring(0, 160));
			return document.documentElement.scrollWidth > width ? ['page ' + document.documentElement.scrollWidth
				+ ' px wide', ...wide.slice(-5)] : [];""";

	@Test
	void everyPageFitsANarrowScreen() {
		var browser = browser().signIn("admin");
		String card = "/projects/" + browser.projectId(CardBrowserTests.CARD);
		String goal = browser.open("/strategy/goals")
			.driver()
			.findElement(By.linkText(GoalPageBrowserTests.SERVED_GOAL))
			.getDomAttribute("href");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : new String[] { "/projects", "/projects?status=IN_PROGRESS", card, card + "/print",
					card + "/edit", card + "/history", card + "/diff?from=1&to=3", "/projects/new",
					"/ei-tallaista-sivua", "/admin/audit", "/strategy/goals", "/projects/coverage", "/strategy", goal }) {
				browser.open(page);
				Object overflowing = browser.script(OVERFLOWING);
				if (!(overflowing instanceof List<?> list) || !list.isEmpty()) {
					problems.add(page + " is wider than 320 px because of: " + overflowing);
				}
				try {
					Accessibility.assertNoViolations(browser, page + " at 320 px");
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

}
