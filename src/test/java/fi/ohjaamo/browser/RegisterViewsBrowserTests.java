package fi.ohjaamo.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * IT management looks at the register as a whole: narrows the systems list to the critical ones a vendor supplies,
 * opens the integration map and goes from a system on it to the system's page, and reads the lifecycle chart. Without
 * accessibility violations.
 */
class RegisterViewsBrowserTests extends BrowserTest {

	private static final String LEDGER = "Kuntatalous Pro";

	@Test
	void theListIsFilteredTheMapLeadsToASystemAndTheLifecycleIsCharted() {
		var browser = browser().signIn("tiina");
		browser.open("/registers/systems");
		browser.fill("q", "numerus");
		browser.clickAndLoad(By.cssSelector("#system-filter button[type=submit]"));
		assertThat(browser.texts(".register-table tbody th")).containsExactly(LEDGER, "Laskuvirta", "Raporttikamari");
		assertThat(browser.text("#result-count")).isEqualTo("3 järjestelmää");
		browser.tick("f-criticality-CRITICAL");
		browser.clickAndLoad(By.cssSelector("#system-filter button[type=submit]"));
		assertThat(browser.texts(".register-table tbody th")).containsExactly(LEDGER);
		assertThat(browser.path()).contains("q=numerus").contains("criticality=CRITICAL");
		assertThat(browser.ticked("f-criticality-CRITICAL")).isTrue();
		assertNoViolations(browser, "the filtered systems list");

		browser.clickLink("Integraatiokartta");
		assertThat(browser.heading()).isEqualTo("Integraatiokartta");
		assertThat(browser.texts(".register-table tbody tr")).anySatisfy(row -> assertThat(row)
			.contains("Palkka-Aava").contains(LEDGER).contains("Yksisuuntainen"));
		browser.waitUntil(d -> browser.script("return document.getElementById('integration-map').cy ? true : null;"));
		assertNoViolations(browser, "the integration map");
		clickNode(browser, LEDGER);
		assertThat(browser.heading()).isEqualTo(LEDGER);

		browser.open("/registers/lifecycle");
		assertThat(browser.heading()).isEqualTo("Elinkaarikartta");
		Object drawn = browser.waitUntil(d -> browser.script(
				"return Chart.getChart(document.getElementById('lifecycle-chart')) ? true : null;"));
		assertThat(drawn).isEqualTo(true);
		assertThat(browser.texts("#quadrant-KEEP + .table-scroll tbody th")).contains(LEDGER, "Microsoft 365");
		assertNoViolations(browser, "the lifecycle chart");
	}

	/** Clicks the system's node where Cytoscape drew it, and waits for the page the click opens. */
	private static void clickNode(Browser browser, String name) {
		var map = browser.find("#integration-map");
		browser.script("arguments[0].scrollIntoView({block: 'center'});", map);
		var offset = (Map<?, ?>) browser.script("""
				const map = arguments[0];
				const node = map.cy.nodes().filter(n => n.data('name') === arguments[1])[0];
				const at = node.renderedPosition();
				const box = map.getBoundingClientRect();
				return {x: Math.round(at.x - box.width / 2), y: Math.round(at.y - box.height / 2)};""", map, name);
		browser.script("document.ohjaamoLeft = true;");
		new Actions(browser.driver()).moveToElement(map, ((Number) offset.get("x")).intValue(),
				((Number) offset.get("y")).intValue()).click().perform();
		browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
				"return document.ohjaamoLeft === undefined && document.readyState === 'complete';")) ? true : null);
	}

}
