package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio table: filters that htmx applies in place, views that are URLs, and sorting. */
class PortfolioBrowserTests extends BrowserTest {

	private static final Pattern TOTAL = Pattern.compile("/ (\\d+) projektia?\\b");

	@Test
	void filtersNarrowTheTableAndItsTotalsInPlaceAndTheViewCanBeBookmarked() {
		var browser = browser().signIn("tiina");
		int all = total(browser);
		String allTotals = browser.text(".totals");
		var allYears = browser.texts(".totals-table tbody tr");
		browser.script("window.ohjaamoPageMarker = 'not reloaded';");
		var liveCount = browser.find("#result-count");

		browser.tick("f-status-IN_PROGRESS");
		int inProgress = awaitNewTotal(browser, all);
		browser.choose("f-serviceArea", "Sivistyspalvelut");
		int inProgressInEducation = awaitNewTotal(browser, inProgress);
		browser.find("#q").sendKeys("kirjasto");
		awaitNewTotal(browser, inProgressInEducation);
		browser.waitUntil(d -> browser.path().contains("q=kirjasto"));
		int found = total(browser);

		assertThat(browser.script("return window.ohjaamoPageMarker")).as("htmx swapped the results in place")
			.isEqualTo("not reloaded");
		assertThat(liveCount.getText()).as("the live region stays and announces the new count")
			.isEqualTo("Näytetään 1–" + found + " / " + found + (found == 1 ? " projekti" : " projektia"));
		assertThat(liveCount.getDomAttribute("role")).isEqualTo("status");
		assertThat(all).isGreaterThan(inProgress);
		assertThat(inProgress).isGreaterThan(inProgressInEducation);
		assertThat(inProgressInEducation).isGreaterThan(found);
		assertThat(found).isPositive();
		assertThat(browser.texts(".portfolio-table tbody td:nth-child(3)")).hasSize(found).containsOnly("Käynnissä");
		assertThat(browser.texts(".portfolio-table tbody td:nth-child(7)")).containsOnly("Sivistyspalvelut");
		assertThat(browser.texts(".portfolio-table tbody td:nth-child(2) a")).anyMatch(t -> t.contains("Kirjasto"));
		assertThat(browser.text(".totals")).isNotEqualTo(allTotals);
		assertThat(browser.texts(".totals-table tbody tr")).isNotEmpty().isNotEqualTo(allYears);
		String bookmark = browser.path();
		assertThat(bookmark).startsWith("/projects?")
			.contains("status=IN_PROGRESS")
			.containsPattern("serviceArea=[0-9a-f-]{36}")
			.contains("q=kirjasto");
		var rows = browser.texts(".portfolio-table tbody tr");
		String totals = browser.text(".totals");

		browser.open("/projects").open(bookmark);

		assertThat(browser.script("return window.ohjaamoPageMarker")).isNull();
		assertThat(total(browser)).isEqualTo(found);
		assertThat(browser.texts(".portfolio-table tbody tr")).isEqualTo(rows);
		assertThat(browser.text(".totals")).isEqualTo(totals);
		assertThat(browser.ticked("f-status-IN_PROGRESS")).isTrue();
		assertThat(browser.chosen("f-serviceArea")).isEqualTo("Sivistyspalvelut");
		assertThat(browser.value("q")).isEqualTo("kirjasto");
	}

	@Test
	void everyValueABookmarkCarriesIsShownAndKeptWhenFilteringFurther() {
		var browser = browser().signIn("tiina").open("/projects?status=IN_PROGRESS&status=APPROVED");
		int both = total(browser);
		assertThat(browser.ticked("f-status-IN_PROGRESS")).isTrue();
		assertThat(browser.ticked("f-status-APPROVED")).isTrue();
		assertThat(browser.ticked("f-status-DONE")).isFalse();

		browser.choose("f-serviceArea", "Hallintopalvelut");
		awaitNewTotal(browser, both);

		assertThat(browser.path()).contains("status=IN_PROGRESS").contains("status=APPROVED");
		assertThat(browser.texts(".portfolio-table tbody td:nth-child(3)")).isNotEmpty()
			.allMatch(status -> status.equals("Käynnissä") || status.equals("Hyväksytty"));
	}

	@Test
	void clearingTheFiltersShowsTheWholePortfolioAgain() {
		var browser = browser().signIn("tiina");
		int all = total(browser);
		browser.open("/projects?status=DONE");
		assertThat(total(browser)).isLessThan(all);

		browser.clickLink("Tyhjennä suodattimet");

		assertThat(browser.path()).isEqualTo("/projects");
		assertThat(total(browser)).isEqualTo(all);
		assertThat(browser.ticked("f-status-DONE")).isFalse();
	}

	@Test
	void aColumnHeadingSortsTheFilteredViewAndSortingAgainReversesIt() {
		var browser = browser().signIn("tiina").open("/projects?status=IN_PROGRESS");
		int filtered = total(browser);

		browser.clickLink("Nimi");

		assertThat(browser.path()).contains("status=IN_PROGRESS").contains("sort=title").contains("dir=asc");
		assertThat(heading(browser, "Nimi").getDomAttribute("aria-sort")).isEqualTo("ascending");
		assertThat(heading(browser, "Nro").getDomAttribute("aria-sort")).isEqualTo("none");
		assertThat(total(browser)).isEqualTo(filtered);
		var ascending = titles(browser);

		browser.clickLink("Nimi");

		assertThat(browser.path()).contains("sort=title").contains("dir=desc");
		assertThat(heading(browser, "Nimi").getDomAttribute("aria-sort")).isEqualTo("descending");
		var reversed = new ArrayList<>(titles(browser));
		Collections.reverse(reversed);
		assertThat(reversed).isEqualTo(ascending).hasSize(filtered);
	}

	private static List<String> titles(Browser browser) {
		return browser.texts(".portfolio-table tbody td:nth-child(2) a");
	}

	private static WebElement heading(Browser browser, String label) {
		return browser.driver().findElement(By.xpath("//th[a[normalize-space()='" + label + "']]"));
	}

	static int total(Browser browser) {
		Matcher matcher = TOTAL.matcher(browser.text(".result-count"));
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	static int awaitNewTotal(Browser browser, int previous) {
		return browser.waitUntil(d -> {
			int now = total(browser);
			return now != previous ? now : null;
		});
	}

}
