package fi.ohjaamo.identity;

import java.util.Map;

import fi.ohjaamo.Browserless;
import fi.ohjaamo.ServerTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in through the real login form, as an attacker and as a person who mistyped. */
@ServerTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void signsInWithTheRightPasswordAndLandsOnThePortfolio() {
		var person = data.organisation().viewer();
		var browser = new Browserless(port);
		var response = browser.signIn(person.username(), "salasana-" + person.username());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/");
		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/projects"));
		assertThat(browser.get("/projects").body()).contains(person.name());
	}

	@Test
	void itManagementLandsOnTheHomePage() {
		var person = data.organisation().itManager();
		var browser = new Browserless(port);
		var response = browser.signIn(person.username(), "salasana-" + person.username());
		assertThat(response.headers().firstValue("Location")).as("the front page, not the portfolio").hasValue("/");
		var home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Tietohallinnon etusivu");
	}

	@Test
	void unknownUserWrongPasswordAndLockedAccountAllGetTheSameAnswer() {
		var person = data.organisation().viewer();
		var browser = new Browserless(port);
		var unknown = browser.signIn("ei-ketaan-" + person.username(), "mitä tahansa");
		var wrong = browser.signIn(person.username(), "väärä salasana");
		for (int i = 0; i < 5; i++) {
			browser.signIn(person.username(), "väärä salasana");
		}
		var lockedWithRightPassword = browser.signIn(person.username(), "salasana-" + person.username());

		for (var response : new java.net.http.HttpResponse<?>[] { unknown, wrong, lockedWithRightPassword }) {
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}
		String page = browser.get("/login?error").body();
		assertThat(page).contains("Kirjautuminen epäonnistui").doesNotContain("lukittu ").doesNotContain("tuntematon");
		assertThat(browser.get("/projects").statusCode()).as("still signed out").isEqualTo(302);
	}

	@Test
	void aFewMistakesDoNotLockAndASuccessResetsTheCount() {
		var person = data.organisation().viewer();
		var browser = new Browserless(port);
		for (int i = 0; i < 4; i++) {
			browser.signIn(person.username(), "väärin");
		}
		var ok = browser.signIn(person.username(), "salasana-" + person.username());
		assertThat(ok.headers().firstValue("Location")).hasValue("/");
		var again = new Browserless(port);
		for (int i = 0; i < 4; i++) {
			again.signIn(person.username(), "väärin");
		}
		var stillOk = again.signIn(person.username(), "salasana-" + person.username());
		assertThat(stillOk.headers().firstValue("Location")).hasValue("/");
	}

	@Test
	void wrongPasswordsFromElsewhereNeverKeepTheOwnerOut() {
		var person = data.organisation().viewer();
		assertThat(new Browserless(port).signIn(person.username(), "salasana-" + person.username())
			.headers()
			.firstValue("Location")).as("the owner signed in from here before").hasValueSatisfying(l -> assertThat(l).doesNotEndWith("?error"));
		var attacker = new Browserless(port).from("203.0.113.66");
		for (int i = 0; i < 30; i++) {
			attacker.signIn(person.username(), "arvaus-" + i);
		}
		assertThat(attacker.signIn(person.username(), "salasana-" + person.username()).headers().firstValue("Location"))
			.as("the guesser is slowed down, even with the right password").hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

		var owner = new Browserless(port);
		assertThat(owner.signIn(person.username(), "salasana-" + person.username()).headers().firstValue("Location"))
			.as("the owner is not locked out").hasValueSatisfying(l -> assertThat(l).doesNotEndWith("?error"));
		assertThat(owner.get("/projects").body()).contains(person.name());
	}

	@Test
	void pagesNeedSigningInAndCarrySecurityHeaders() {
		var browser = new Browserless(port);
		var response = browser.get("/projects");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		var login = browser.get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'",
					"frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		var person = data.organisation().viewer();
		var browser = new Browserless(port);
		var response = browser.post("/login", Map.of("username", person.username(), "password",
				"salasana-" + person.username(), "_csrf", "forged"));
		assertThat(response.statusCode()).isIn(302, 403);
		assertThat(browser.get("/projects").statusCode()).as("not signed in").isEqualTo(302);
	}

	@Test
	void theSetupPageIsGoneOnceAnyAccountExists() {
		data.organisation();
		var browser = new Browserless(port);
		assertThat(browser.get("/setup").statusCode()).isEqualTo(404);
		var post = browser.post("/setup", Map.of("organisationName", "Valtaus", "kind", "MUNICIPALITY", "displayName",
				"Hyökkääjä", "username", "hyokkaaja", "password", "pitkä-salasana-123", "passwordAgain",
				"pitkä-salasana-123"));
		assertThat(post.statusCode()).isIn(403, 404);
		assertThat(browser.signIn("hyokkaaja", "pitkä-salasana-123").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

}
