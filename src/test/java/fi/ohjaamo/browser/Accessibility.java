package fi.ohjaamo.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** axe-core's WCAG 2.1 A and AA rules on the page the browser shows. */
final class Accessibility {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	static void assertNoViolations(Browser browser, String page) {
		WebDriver driver = browser.driver();
		var results = axe().analyze(driver);
		if (results.isErrored()) {
			fail("axe could not check " + page + ": " + results.getErrorMessage());
		}
		assertThat(results.getPasses()).as("axe found nothing to check on %s", page).isNotEmpty();
		if (!results.getViolations().isEmpty()) {
			fail(report(page, browser.path(), results.getViolations()));
		}
	}

	/**
	 * axe on the page itself. Its default mode runs each frame apart and then opens a new browser tab to put the
	 * results together; Ohjaamo's pages have no frames, so running axe in the page (axe's "legacy" mode) checks the
	 * same rules without a tab per check. Only violations come back with every element; for passes axe names the
	 * rule, which is all the check above needs, so a long page's report is not carried over the wire.
	 */
	@SuppressWarnings("deprecation")
	private static AxeBuilder axe() {
		var options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder().withOptions(options).withTags(WCAG_21_AA).disableIframeTesting().setLegacyMode(true);
	}

	private static String report(String page, String path, List<Rule> violations) {
		return violations.stream()
			.map(Accessibility::describe)
			.collect(Collectors.joining("\n", violations.size() + " accessibility violation(s) on " + page + " ("
					+ path + "):\n", ""));
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
				+ rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		String summary = String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
		return "    at " + node.getTarget() + "\n      " + node.getHtml() + "\n      " + summary;
	}

}
