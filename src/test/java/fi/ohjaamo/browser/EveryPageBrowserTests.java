package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the application as people do, from the front page along its links ({@link PageWalk}), and checks one page
 * of every kind it reaches with axe's WCAG 2.1 A and AA rules at full width. A page no link leads to fails the walk:
 * people could not find it either. The same walk at 320 CSS pixels is {@link EveryPageNarrowBrowserTests}, a class
 * of its own so that the two run side by side in the suite's two JVMs.
 */
class EveryPageBrowserTests extends BrowserTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyKindOfPageIsReachableAndAccessible() {
		var walk = new PageWalk(mappings, port);
		var problems = new ArrayList<String>();
		// The administrator sees the audit log; IT management sees every strategy and portfolio form.
		for (String person : List.of("tiina", "admin")) {
			walk.walk(browser().signIn(person), (browser, path) -> check(browser, path, problems));
		}
		var browser = browser().signIn("tiina");
		// The demo's draft plan is the first plan the walk meets; its approved one shows the decisions' own pages.
		browser.open("/plans");
		String approvedPlan = browser.find("a[href$='/changes']").getDomAttribute("href").replace("/changes", "");
		walk.walk(browser, approvedPlan, (b, path) -> check(b, path, problems));
		browser.open("/ei-tallaista-sivua");
		check(browser, "the page for a missing address", problems);
		assertThat(walk.unreached()).as("pages no link leads to").isEmpty();
		assertThat(walk.reached()).as("kinds of page checked").isGreaterThan(25);
		assertThat(problems).isEmpty();
	}

	private static void check(Browser browser, String path, List<String> problems) {
		try {
			Accessibility.assertNoViolations(browser, path);
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
	}

}
