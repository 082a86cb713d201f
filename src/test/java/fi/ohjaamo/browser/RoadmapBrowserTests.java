package fi.ohjaamo.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap from the portfolio's heading: by quarter and by month, grouped three ways, keeping the filters;
 * without accessibility violations, and at 320 px the timeline scrolls inside its own region.
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
