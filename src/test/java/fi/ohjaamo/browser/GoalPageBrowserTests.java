package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** The strategy overview's tree and a goal's page in the demo municipality, checked with axe-core. */
class GoalPageBrowserTests extends BrowserTest {

	static final String SERVED_GOAL = "Asukaspalvelujen digitalisointi ja sähköisen asioinnin lisääminen";

	@Test
	void theOverviewOpensGoalByGoalDownToActionsAndProjects() {
		var browser = browser().signIn("ville").open("/strategy");
		assertThat(browser.findAll(".goal-tree .goal-node")).hasSizeGreaterThanOrEqualTo(8);
		assertThat(browser.texts(".goal-glance")).anySatisfy(t -> assertThat(t).contains("toimenpide", "projekti"))
			.anySatisfy(t -> assertThat(t).isEqualTo("ei toimenpiteitä · ei projekteja"));
		browser.find(".goal-node details summary").click();
		assertThat(browser.find(".goal-node details .goal-tree-items").isDisplayed()).isTrue();
		assertNoViolations(browser, "the strategy overview with a goal opened");

		browser.clickLink(SERVED_GOAL);
		assertThat(browser.heading()).isEqualTo(SERVED_GOAL);
		assertThat(browser.findAll(".goal-projects tbody tr")).isNotEmpty();
		assertThat(browser.findAll(".goal-costs tbody tr")).isNotEmpty();
		assertThat(browser.text(".goal-costs tfoot")).contains("€");
		assertThat(browser.findAll(".action-list .action-item")).isNotEmpty();
		assertThat(browser.findAll(".indicator-table tbody tr")).isNotEmpty();
		assertNoViolations(browser, "the goal page of a viewer");

		browser.clickAndLoad(By.cssSelector(".goal-projects tbody a"));
		assertThat(browser.path()).startsWith("/projects/");
		browser.clickAndLoad(By.cssSelector("a[href^='/strategy/goals/']"));
		assertThat(browser.path()).startsWith("/strategy/goals/");
	}

	@Test
	void itManagementGetsToEditTheGoalAndAddActionsFromItsPage() {
		var browser = browser().signIn("tiina").open("/strategy/goals");
		browser.clickLink(SERVED_GOAL);
		assertNoViolations(browser, "the goal page of IT management");
		browser.clickAndLoad(By.cssSelector(".actions a[href$='/edit']"));
		assertThat(browser.path()).endsWith("/edit");

		browser.open("/projects/coverage");
		assertThat(browser.texts("#gaps ~ ul a")).contains("Seudullisen tietohallintoyhteistyön tiivistäminen");
		assertThat(browser.findAll(".coverage-years tbody")).isNotEmpty();
		assertNoViolations(browser, "the coverage with its gaps and costs per year");
	}

}
