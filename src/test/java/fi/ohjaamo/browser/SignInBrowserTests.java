package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTests extends BrowserTest {

	@Autowired
	Environment environment;

	@Test
	void theSuiteRunsOnADatabaseOfItsOwn() {
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(DATABASE);
	}

	/** Which is why the accessibility tests cannot check the set-up page. */
	@Test
	void theSetUpPageIsGoneOnceTheDemoAccountsExist() {
		var browser = browser();
		browser.driver().manage().deleteAllCookies();

		browser.open("/setup");

		assertThat(browser.heading()).isEqualTo("Sivua ei löytynyt");
	}

	@Test
	void aWrongPasswordShowsTheGenericErrorAndTheRightOneOpensThePortfolio() {
		var browser = browser().submitSignIn("pekka", "väärä-salasana");

		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.text("[role=alert]")).startsWith("Kirjautuminen epäonnistui. Tarkista käyttäjätunnus ja salasana.");
		assertThat(browser.value("username")).isEmpty();

		browser.submitSignIn("pekka", Browser.DEMO_PASSWORD);

		assertThat(browser.path()).isEqualTo("/projects");
		assertThat(browser.heading()).isEqualTo("Projektisalkku");
		assertThat(browser.text(".user-name")).isEqualTo("Pekka Projektipäällikkö");
		assertThat(browser.findAll(".portfolio-table tbody tr")).isNotEmpty();
	}

	@Test
	void anUnknownUserGetsTheSameErrorAsAWrongPassword() {
		var browser = browser().submitSignIn("ei-ketaan", "väärä-salasana");

		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.text("[role=alert]")).startsWith("Kirjautuminen epäonnistui.");
	}

	@Test
	void signingOutReturnsToTheSignInPage() {
		var browser = browser().signIn("ville");

		browser.clickAndLoad(By.cssSelector("form.logout button"));

		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.text("[role=status]")).isEqualTo("Olet kirjautunut ulos.");
		browser.open("/projects");
		assertThat(browser.path()).isEqualTo("/login");
	}

}
