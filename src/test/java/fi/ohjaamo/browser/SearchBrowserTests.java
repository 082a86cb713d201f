package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person types a word into the search box every page has and finds the card whose compound word it ends, with
 * the place it was found marked, then narrows the search to the register.
 */
class SearchBrowserTests extends BrowserTest {

	@Test
	void theHeaderSearchFindsInflectedAndCompoundFormsAndNarrowsByKind() {
		var tiina = browser().signIn("tiina").open("/projects");
		tiina.fill("header-search-q", "asianhallintajärjestelmä");
		tiina.clickAndLoad(By.cssSelector(".header-search button"));
		assertThat(tiina.path()).startsWith("/search?q=");

		assertThat(tiina.heading()).isEqualTo("Haku");
		assertThat(tiina.texts(".search-results li > a")).contains("Asianhallintajärjestelmän uusiminen");
		assertThat(tiina.texts(".search-results mark")).isNotEmpty();
		assertThat(tiina.text(".search-count")).contains("haulla ”asianhallintajärjestelmä”");
		assertNoViolations(tiina, "search results");

		tiina.fill("search-q", "järjestelmä").choose("search-kind", "Tietojärjestelmät");
		tiina.clickAndLoad(By.cssSelector(".search-form button[type=submit]"));
		assertThat(tiina.texts(".search-kind")).isNotEmpty().allMatch("Tietojärjestelmä"::equals);

		tiina.windowWidth(320);
		assertThat(tiina.sidewaysScrolling()).isEmpty();
		assertNoViolations(tiina, "search results at 320 px");
	}

}
