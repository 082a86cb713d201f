package fi.ohjaamo.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with its demo data on a real port, driven through Chromium. Every browser test class
 * extends this one, so the run has one Spring context and one database.
 */
@Tag("browser")
// Selenium has no DevTools bindings for Debian's newer Chromium; the suite uses none, so the warning is noise.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ohjaamo.demo.enabled=true", "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=ERROR",
				// The suite's database holds the demo alone, so the index reads it at start as a server does.
				"ohjaamo.search.catch-up-at-start=true" })
@ActiveProfiles("test")
@ExtendWith(Chromiums.class)
abstract class BrowserTest {

	/** The demo data loads only into an empty database, so the suite needs one of its own. */
	static final String DATABASE = "jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@LocalServerPort
	int port;

	/**
	 * The build passes the shared test database (PostgreSQL with -Ppostgres) as system properties; dynamic
	 * properties outrank every other source, so the demo data always goes into this suite's own database.
	 */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("ohjaamo.test.clean-database", () -> "false");
	}

	Browser browser() {
		return new Browser(Chromiums.get(0), port);
	}

	/** A second browser with its own session, for a second person working at the same time. */
	Browser otherBrowser() {
		return new Browser(Chromiums.get(1), port);
	}

}
