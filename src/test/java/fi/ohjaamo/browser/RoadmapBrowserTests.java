package fi.ohjaamo.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap from the portfolio's heading: by quarter and by month, grouped three ways, keeping the filters;
 * without accessibility violations; fitting a laptop's 1,280 px with time in proportion, and at 320 px the timeline
 * scrolls inside its own region.
 */
class RoadmapBrowserTests extends BrowserTest {

	@Test
	void theRoadmapShowsTheFilteredPortfolioOnATimeline() {
		var browser = browser().signIn("ville");
		browser.open("/projects");
		browser.clickLink("Tiekartta");
		assertThat(browser.heading()).isEqualTo("Tiekartta");
		assertThat(browser.texts("th.roadmap-period").getFirst()).startsWith("Q");
		assertThat(browser.findAll(".roadmap-bar")).isNotEmpty();
		assertNoViolations(browser, "the roadmap by quarter");

		browser.clickLink("kuukausittain");
		assertThat(browser.texts("th.roadmap-period").getFirst()).doesNotStartWith("Q");
		browser.clickLink("palvelualue");
		assertThat(browser.texts("tr.roadmap-group th")).contains("Sivistyspalvelut");
		assertNoViolations(browser, "the roadmap by month and service area");

		browser.tick("f-status-APPROVED");
		browser.clickAndLoad(org.openqa.selenium.By.cssSelector("#roadmap-filter button[type=submit]"));
		assertThat(browser.path()).contains("status=APPROVED").contains("scale=month").contains("group=unit");
		assertThat(browser.texts("table.roadmap tbody tr:not(.roadmap-group) td:nth-of-type(1)"))
			.isNotEmpty().allMatch("Hyväksytty"::equals);

		browser.clickLink("strateginen tavoite");
		assertNoViolations(browser, "the approved projects by goal");
	}

	@Test
	void theWholeTimelineFitsTwelveHundredEightyPixelsWithTimeInProportion() {
		var browser = browser().signIn("tiina").windowWidth(1280);
		for (String page : List.of("/projects/roadmap", "/projects/roadmap?scale=month&group=goal")) {
			browser.open(page);

			assertThat(browser.sidewaysScrolling()).as(page + ": what scrolls sideways at 1,280 px").isEmpty();
			assertThat(browser.findAll(".roadmap-bar")).as(page + ": bars").hasSizeGreaterThan(10);
			assertThat(browser.script("""
					const widths = [...document.querySelectorAll('th.roadmap-period')].map(t => t.getBoundingClientRect().width);
					return Math.max(...widths) - Math.min(...widths);"""))
				.as(page + ": every period is as wide as the others, so a bar is as long as its time")
				.satisfies(spread -> assertThat(((Number) spread).doubleValue()).isLessThan(1.0));
			assertThat(browser.script("""
					const edges = [...document.querySelectorAll('th.roadmap-period')].map(t => t.getBoundingClientRect());
					return [...document.querySelectorAll('.roadmap-bar')].filter(bar => {
						const r = bar.getBoundingClientRect();
						return !edges.some(e => Math.abs(e.left - r.left) < 1.5) || !edges.some(e => Math.abs(e.right - r.right) < 1.5);
					}).length;""")).as(page + ": bars that do not start and end at their periods' edges").isEqualTo(0L);
			assertThat(browser.script("""
					return [...document.querySelectorAll('.roadmap-project')]
						.filter(cell => cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight).length;"""))
				.as(page + ": project names cut off").isEqualTo(0L);
			assertThat(browser.texts("th.roadmap-year")).as(page + ": the years over the periods").isNotEmpty()
				.allMatch(year -> year.matches("20\\d\\d"));
		}

		browser.open("/projects/roadmap");
		int all = browser.findAll(".roadmap-bar").size();
		assertThat(browser.find("#f-manager").isDisplayed()).as("the less used filters are folded away").isFalse();
		browser.tick("f-kind-LIFECYCLE_UPDATE");
		browser.clickAndLoad(org.openqa.selenium.By.cssSelector("#roadmap-filter button[type=submit]"));
		assertThat(browser.path()).contains("kind=LIFECYCLE_UPDATE");
		assertThat(browser.findAll(".roadmap-bar")).isNotEmpty().hasSizeLessThan(all);
		assertThat(browser.text(".more-filters > summary")).isEqualTo("Lisää suodattimia (1 valittu)");
	}

	@Test
	void theRoadmapScrollsInsideItsOwnRegionOnANarrowScreen() {
		var browser = browser().signIn("ville");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of("/projects/roadmap", "/projects/roadmap?scale=month&group=goal")) {
				browser.open(page);
				assertThat(browser.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))
					.as(page + " wider than 320 px").isEqualTo(false);
				assertThat(browser.find("div.table-scroll[role=region]").getDomAttribute("aria-label")).isNotBlank();
				assertNoViolations(browser, page + " at 320 px");
			}
		}
		finally {
			window.setSize(size);
		}
	}

}
