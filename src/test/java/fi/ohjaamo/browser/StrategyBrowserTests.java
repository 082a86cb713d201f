package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** The strategy document's pages, as IT management and a viewer meet them, checked with axe-core. */
class StrategyBrowserTests extends BrowserTest {

	@Test
	void currentStrategyAndTheListOfStrategies() {
		var browser = browser().signIn("ville").open("/strategy");
		assertThat(browser.text("h1")).isEqualTo("Kuusijärven tietohallintostrategia 2024–2027");
		assertThat(browser.findAll(".strategy-tree > li")).hasSizeGreaterThanOrEqualTo(3);
		assertNoViolations(browser, "the current strategy of a viewer");

		browser.open("/strategy/strategies");
		assertNoViolations(browser, "the list of strategies");

		browser.open("/strategy/city-goals");
		assertNoViolations(browser, "the city-strategy goals of a viewer");
	}

	@Test
	void strategyFormsAndTheirErrors() {
		var browser = browser().signIn("tiina").open("/strategy");
		assertNoViolations(browser, "the current strategy of IT management");

		browser.open("/strategy/strategies/new");
		assertNoViolations(browser, "the new-strategy form");
		browser.fill("startYear", "2027").fill("endYear", "2024");
		browser.clickAndLoad(By.cssSelector("form[action$='/strategy/strategies'] button.primary"));
		assertThat(browser.findAll("#name-error")).isNotEmpty();
		assertThat(browser.findAll("#endYear-error")).isNotEmpty();
		assertNoViolations(browser, "the new-strategy form with errors");

		browser.open("/strategy");
		browser.clickAndLoad(By.cssSelector(".actions a[href$='/edit']"));
		assertNoViolations(browser, "the edit form of a strategy with its approval");
		browser.fill("link", "ftp://example.org");
		browser.clickAndLoad(By.cssSelector("form[action$='/approval'] button.primary"));
		assertThat(browser.findAll("#link-error")).isNotEmpty();
		assertNoViolations(browser, "the approval form with an error");

		browser.open("/strategy");
		assertThat(browser.texts("#approval-chain li")).satisfiesExactly(
				board -> assertThat(board).startsWith("Kaupunginhallitus 12.2.2024 § 38, Dnro KJDno-2023-512"),
				council -> assertThat(council).startsWith("Kaupunginvaltuusto 4.3.2024 § 21, liite 2, Dnro KJDno-2023-512"));
		browser.clickAndLoad(By.cssSelector("#approval-chain li:nth-child(2) a[href*='/approvals/edit']"));
		assertThat(browser.value("body")).isEqualTo("Kaupunginvaltuusto");
		browser.fill("date", "").fill("body", "");
		browser.clickAndLoad(By.cssSelector(".form-actions button.primary"));
		assertThat(browser.findAll("#body-error")).isNotEmpty();
		assertThat(browser.findAll("#date-error")).isNotEmpty();
		assertNoViolations(browser, "the correction form of a decision with errors");
		browser.open("/strategy");
		browser.clickAndLoad(By.cssSelector("#approval-chain li:nth-child(2) a[href*='/approvals/remove']"));
		assertNoViolations(browser, "the confirmation of removing a decision");
	}

	@Test
	void focusAreaAndGoalForms() {
		var browser = browser().signIn("tiina").open("/strategy");
		browser.clickAndLoad(By.cssSelector(".strategy-tree a[href$='/edit']"));
		assertNoViolations(browser, "the edit form of a focus area");
		browser.fill("name", "");
		browser.clickAndLoad(By.cssSelector("form[action*='/focus-areas/'] button.primary"));
		assertThat(browser.findAll("#name-error")).isNotEmpty();
		assertNoViolations(browser, "the edit form of a focus area with an error");

		browser.open("/strategy/goals");
		browser.clickAndLoad(By.cssSelector(".goal-list a[href$='/edit']"));
		assertThat(browser.findAll("input[type=checkbox][name=cityGoalIds]")).isNotEmpty();
		assertNoViolations(browser, "the edit form of a goal with its place in the strategy");

		browser.open("/strategy/city-goals");
		browser.clickAndLoad(By.cssSelector("form[action$='/city-goals'] button.primary"));
		assertThat(browser.findAll("#name-error")).isNotEmpty();
		assertNoViolations(browser, "the city-goal form with an error");
	}

}
