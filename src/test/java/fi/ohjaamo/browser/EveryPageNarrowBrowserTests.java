package fi.ohjaamo.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk of {@link EveryPageBrowserTests} in a window 320 CSS pixels wide: on every kind of page, no sideways
 * scrolling (WCAG 1.4.10; only a wide table may scroll inside its own box) and axe's WCAG 2.1 A and AA rules again,
 * as the reflowed page may hide or overlap what the wide one showed.
 */
class EveryPageNarrowBrowserTests extends BrowserTest {

	private static final String OVERFLOWING = """
			const width = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll('body *')]
				.filter(e => !e.closest('.table-scroll'))
				.filter(e => e.getBoundingClientRect().right > width + 1 || e.scrollWidth > e.clientWidth + 1
					&& getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)
				.map(e => e.outerHTML.substring(0, 160));
			return document.documentElement.scrollWidth > width ? ['page ' + document.documentElement.scrollWidth
				+ ' px wide', ...wide.slice(-5)] : [];""";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyKindOfPageFitsANarrowScreen() {
		var walk = new PageWalk(mappings, port);
		var problems = new ArrayList<String>();
		var window = browser().driver().manage().window();
		var size = window.getSize();
		try {
			window.setSize(new Dimension(320, 800));
			for (String person : List.of("tiina", "admin")) {
				walk.walk(browser().signIn(person), (browser, path) -> check(browser, path, problems));
			}
			var browser = browser().signIn("tiina");
			// As in the wide walk: the approved plan's decisions have pages of their own.
			browser.open("/plans");
			String approvedPlan = browser.find("a[href$='/changes']").getDomAttribute("href").replace("/changes", "");
			walk.walk(browser, approvedPlan, (b, path) -> check(b, path, problems));
			browser.open("/ei-tallaista-sivua");
			check(browser, "the page for a missing address", problems);
		}
		finally {
			window.setSize(size);
		}
		assertThat(walk.reached()).as("kinds of page checked").isGreaterThan(25);
		assertThat(problems).isEmpty();
	}

	private static void check(Browser browser, String path, List<String> problems) {
		Object overflowing = overflowingOnceSettled(browser);
		if (!(overflowing instanceof List<?> list) || !list.isEmpty()) {
			problems.add(path + " is wider than 320 px because of: " + overflowing);
		}
		try {
			Accessibility.assertNoViolations(browser, path + " at 320 px");
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
	}

	/**
	 * What overflows the narrow window once the page has settled. Chart.js draws a chart for the window's width in a
	 * later animation frame, so a busy machine may measure a chart before it is drawn at its final size; what a person
	 * sees a moment later is what counts, so the check is repeated for up to three seconds before it is reported.
	 */
	private static Object overflowingOnceSettled(Browser browser) {
		long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		Object overflowing = browser.script(OVERFLOWING);
		while (!(overflowing instanceof List<?> list && list.isEmpty()) && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(100));
			overflowing = browser.script(OVERFLOWING);
		}
		return overflowing;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
