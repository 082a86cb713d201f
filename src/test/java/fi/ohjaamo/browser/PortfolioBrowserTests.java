package fi.ohjaamo.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio table: filters that htmx applies in place, views that are URLs, sorting, and a table and filter panel
 * that fit a laptop's 1,280 px with the columns IT management reads most.
 */
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
		assertThat(column(browser, "Omistava palvelualue")).containsOnly("Sivistyspalvelut");
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

	@Test
	void atTwelveHundredEightyPixelsTheTableShowsTheMainColumnsAndTheFilterPanelOneRowWithoutSidewaysScrolling() {
		var browser = browser().signIn("tiina").windowWidth(1280).open("/projects");

		assertThat(browser.texts(".portfolio-table thead th")).containsExactly("Nro", "Nimi", "Tila", "Prioriteetti",
				"Aikataulu", "Omistava palvelualue", "Investoinnit", "Jatkuvat €/v");
		assertThat(browser.sidewaysScrolling()).as("what scrolls sideways at 1,280 px").isEmpty();
		assertThat(width(browser, ".portfolio-table thead th:nth-child(2)")).as("room for the projects' names")
			.isGreaterThanOrEqualTo(320);
		assertThat(browser.find("#f-manager").isDisplayed()).as("the less used filters are folded away").isFalse();
		assertThat(height(browser, "#portfolio-filter")).as("the filter panel's height in a 1,024 px high window")
			.isLessThanOrEqualTo(200);
		assertThat(browser.find("#q").getRect().getY()).as("the search is in the panel's one row")
			.isCloseTo(browser.find("#f-serviceArea").getRect().getY(), Offset.offset(8));
	}

	@Test
	void aFoldedFilterStillFiltersAndAnyColumnCanBeShownOrHiddenAndBookmarked() {
		var browser = browser().signIn("tiina").windowWidth(1280).open("/projects");
		int all = total(browser);

		browser.tick("f-kind-LIFECYCLE_UPDATE");
		int lifecycle = awaitNewTotal(browser, all);
		browser.unfold("Sarakkeet").tick("col-kind");
		browser.waitUntil(d -> browser.texts(".portfolio-table thead th").contains("Laji"));
		browser.find("#col-priority").click();
		browser.waitUntil(d -> !browser.texts(".portfolio-table thead th").contains("Prioriteetti"));

		assertThat(lifecycle).isPositive().isLessThan(all);
		assertThat(column(browser, "Laji")).hasSize(lifecycle).containsOnly("Elinkaaripäivitys");
		assertThat(browser.texts(".portfolio-table thead th")).containsExactly("Nro", "Nimi", "Tila", "Aikataulu",
				"Omistava palvelualue", "Laji", "Investoinnit", "Jatkuvat €/v");
		assertThat(browser.sidewaysScrolling()).as("what scrolls sideways at 1,280 px").isEmpty();
		String bookmark = browser.path();
		assertThat(bookmark).contains("kind=LIFECYCLE_UPDATE").contains("col=kind").doesNotContain("col=priority");

		browser.open("/projects").open(bookmark);

		assertThat(total(browser)).isEqualTo(lifecycle);
		assertThat(browser.texts(".portfolio-table thead th")).contains("Laji").doesNotContain("Prioriteetti");
		assertThat(browser.text(".more-filters > summary")).isEqualTo("Lisää suodattimia (1 valittu)");
		assertThat(browser.find("#f-manager").isDisplayed()).as("the fold opens when a filter in it is in use")
			.isTrue();
		assertThat(browser.ticked("f-kind-LIFECYCLE_UPDATE")).isTrue();
	}

	/** The texts of the table's column with the heading, wherever the chosen columns put it. */
	static List<String> column(Browser browser, String heading) {
		int index = browser.texts(".portfolio-table thead th").indexOf(heading) + 1;
		assertThat(index).as("the column " + heading).isPositive();
		return browser.texts(".portfolio-table tbody td:nth-child(" + index + ")");
	}

	private static long width(Browser browser, String css) {
		return Math.round(((Number) browser.script("return arguments[0].getBoundingClientRect().width;",
				browser.find(css))).doubleValue());
	}

	private static long height(Browser browser, String css) {
		return Math.round(((Number) browser.script("return arguments[0].getBoundingClientRect().height;",
				browser.find(css))).doubleValue());
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
