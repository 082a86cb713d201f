package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * axe-core's WCAG 2.1 A and AA rules on every page of the application, in the states people meet them in.
 * The set-up page is left out: it exists only while there are no accounts, and the demo data creates some.
 */
class AccessibilityBrowserTests extends BrowserTest {

	static final String CARD = "Asianhallintajärjestelmän uusiminen";

	static final String EDITED_CARD = "Tietovarasto ja johdon raportointi";

	/** The checks below pass only because the pages are right: axe, as the suite runs it, does see a broken page. */
	@Test
	void aPageBrokenOnPurposeFailsTheCheck() {
		var browser = browser();
		browser.driver().manage().deleteAllCookies();
		browser.open("/login");
		browser.script("document.documentElement.removeAttribute('lang');"
				+ "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.ico\">');");
		assertThatThrownBy(() -> assertNoViolations(browser, "the sign-in page broken on purpose"))
			.hasMessageContaining("html-has-lang")
			.hasMessageContaining("image-alt");
	}

	@Test
	void signInPage() {
		var browser = browser();
		browser.driver().manage().deleteAllCookies();
		browser.open("/login");
		assertNoViolations(browser, "the sign-in page");

		browser.submitSignIn("ville", "väärä-salasana");
		assertThat(browser.path()).isEqualTo("/login?error");
		assertNoViolations(browser, "the sign-in page with an error");
	}

	@Test
	void signedOutPage() {
		var browser = browser().signIn("ville");
		browser.clickAndLoad(By.cssSelector("form.logout button"));
		assertNoViolations(browser, "the sign-in page after signing out");
	}

	@Test
	void portfolio() {
		var browser = browser().signIn("tiina");
		assertNoViolations(browser, "the portfolio");

		int all = PortfolioBrowserTests.total(browser);
		browser.tick("f-status-IN_PROGRESS");
		PortfolioBrowserTests.awaitNewTotal(browser, all);
		assertNoViolations(browser, "the portfolio filtered by htmx");

		browser.open("/projects?status=IN_PROGRESS&priority=HIGH&q=j%C3%A4rjestelm%C3%A4&sort=title&dir=desc");
		assertNoViolations(browser, "the portfolio opened from a filtered, sorted URL");

		browser.open("/projects?q=ei-t%C3%A4llaista-projektia");
		assertThat(browser.text(".result-count")).isEqualTo("Hakuehdoilla ei löytynyt yhtään projektia.");
		assertNoViolations(browser, "the portfolio without results");
	}

	@Test
	void portfolioOfAViewer() {
		assertNoViolations(browser().signIn("ville"), "the portfolio of a viewer");
	}

	@Test
	void cardAndItsPrintView() {
		var browser = browser().signIn("tiina");
		browser.open("/projects/" + browser.projectId(CARD));
		assertNoViolations(browser, "a card");

		browser.clickLink("Tulostettava versio");
		assertNoViolations(browser, "the print view of a card");
	}

	@Test
	void historyAndDiff() {
		var browser = browser().signIn("tiina");
		String id = browser.projectId(CARD);
		browser.open("/projects/" + id + "/history");
		assertNoViolations(browser, "the history of a card");

		browser.open("/projects/" + id + "/diff?from=1&to=3");
		assertNoViolations(browser, "the differences between two versions");
	}

	@Test
	void strategicGoalsTheirRenameFormAndTheirCoverage() {
		var browser = browser().signIn("tiina").open("/strategy/goals");
		assertNoViolations(browser, "the strategic goals");

		browser.clickAndLoad(By.cssSelector(".goal-list a[href$='/edit']"));
		assertNoViolations(browser, "the rename form of a goal");
		browser.fill("name", "");
		browser.clickAndLoad(By.cssSelector("form button.primary"));
		assertThat(browser.findAll("#name-error")).isNotEmpty();
		assertNoViolations(browser, "the rename form with an error");

		browser.open("/projects/coverage");
		assertThat(browser.findAll(".coverage tbody tr")).isNotEmpty();
		assertNoViolations(browser, "the coverage of the goals");
	}

	@Test
	void newCardForm() {
		var browser = browser().signIn("tiina").open("/projects/new");
		assertNoViolations(browser, "the new-card form");

		browser.clickAndLoad(By.cssSelector("button[value=addCost]"));
		browser.clickAndLoad(By.cssSelector("button[value=addResource]"));
		assertNoViolations(browser, "the new-card form with a cost and a resource line");

		browser.save();
		assertThat(browser.findAll("#error-summary")).isNotEmpty();
		assertNoViolations(browser, "the new-card form with errors");
	}

	@Test
	void editFormAndItsErrors() {
		var browser = browser().signIn("tiina");
		browser.open("/projects/" + browser.projectId(CARD) + "/edit");
		assertNoViolations(browser, "the edit form");

		browser.fill("scheduleStart", "Q3/2026").fill("scheduleEnd", "Q1/2026").fill("title", "");
		browser.fill("costs-0-amountMin", "-1").fill("costs-0-amountMax", "-2");
		browser.save();
		assertThat(browser.findAll(".field-error")).hasSizeGreaterThanOrEqualTo(3);
		assertNoViolations(browser, "the edit form with errors");
	}

	@Test
	void conflictPage() {
		var browser = browser().signIn("tiina");
		String edit = "/projects/" + browser.projectId(EDITED_CARD) + "/edit";
		var driver = browser.driver();
		browser.open(edit);
		String firstTab = driver.getWindowHandle();
		driver.switchTo().newWindow(WindowType.TAB);
		browser.open(edit).fill("likelihoodNote", "Toisessa välilehdessä tallennettu perustelu.").save();
		driver.close();
		driver.switchTo().window(firstTab);

		browser.fill("description", "Ensimmäisessä välilehdessä kirjoitettu kuvaus.").save();

		assertThat(browser.findAll(".conflict")).isNotEmpty();
		assertNoViolations(browser, "the conflict page");
	}

	@Test
	void auditLog() {
		var browser = browser().signIn("admin").open("/admin/audit");
		assertThat(browser.findAll(".audit tbody tr")).isNotEmpty();
		assertNoViolations(browser, "the audit log");
	}

	@Test
	void notFoundPage() {
		var browser = browser().signIn("ville").open("/projects/00000000-0000-0000-0000-000000000000");
		assertThat(browser.heading()).isEqualTo("Sivua ei löytynyt");
		assertNoViolations(browser, "the 404 page");

		browser.open("/ei-tallaista-sivua");
		assertThat(browser.heading()).isEqualTo("Sivua ei löytynyt");
		assertNoViolations(browser, "the 404 page of an unknown address");
	}

	@Test
	void forbiddenPage() {
		var browser = browser().signIn("ville");
		browser.open("/projects/" + browser.projectId(CARD) + "/edit");
		assertThat(browser.heading()).isEqualTo("Ei käyttöoikeutta");
		assertNoViolations(browser, "the 403 page");
	}

}
