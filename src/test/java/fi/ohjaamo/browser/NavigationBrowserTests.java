package fi.ohjaamo.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way: the main menu grouped by what people do, opened by mouse or keyboard without any script
 * of Ohjaamo's, at 1,280 px and at 320 px; IT management starts from the home page; the portfolio table fits
 * 1,280 px; the integration map's labels can be read without zooming in.
 */
class NavigationBrowserTests extends BrowserTest {

	/** Anything on the page, or inside a scrolling table, wider than the window. */
	private static final String SIDEWAYS_SCROLLING = """
			const page = document.documentElement;
			const wide = [...document.querySelectorAll('.table-scroll, main')]
				.filter(e => e.scrollWidth > e.clientWidth + 1)
				.map(e => (e.className || e.tagName) + ' ' + e.scrollWidth + ' > ' + e.clientWidth);
			if (page.scrollWidth > window.innerWidth) wide.push('document ' + page.scrollWidth + ' > ' + window.innerWidth);
			return wide;""";

	@Test
	void itManagementLandsOnTheHomePageAfterSigningIn() {
		var tiina = browser().submitSignIn("tiina", Browser.DEMO_PASSWORD);
		assertThat(tiina.path()).isEqualTo("/");
		assertThat(tiina.heading()).isEqualTo("Tietohallinnon etusivu");
	}

	@Test
	void theMenuGroupsThePagesByWhatPeopleDoAndOpensFromTheKeyboard() throws Exception {
		var admin = browser().signIn("admin");
		resize(admin, 1280);
		admin.open("/projects");
		assertThat(admin.texts(".main-nav summary")).containsExactly("Strategia", "Salkku ja päätökset",
				"Toimenpidesuunnitelmat", "Rekisterit", "Ylläpito");
		assertThat(admin.findAll(".main-nav details ul a")).as("groups start closed")
			.noneMatch(a -> a.isDisplayed());
		assertThat(admin.find(".main-nav details.current summary").getText()).isEqualTo("Salkku ja päätökset");

		var portfolio = admin.findAll(".main-nav summary").get(1);
		portfolio.sendKeys(Keys.ENTER);
		assertThat(admin.findAll(".main-nav details[open] a")).extracting(a -> a.getText())
			.contains("Projektisalkku", "Tiekartta", "Priorisointijärjestys", "Kapasiteetti", "Skenaariot",
					"Hakukierrokset", "Päätöksentekomatriisi", "Ohjausryhmät ja toimielimet");
		screenshot(admin, "navigation-1280.png");

		admin.findAll(".main-nav summary").get(3).sendKeys(Keys.ENTER);
		assertThat(admin.findAll(".main-nav details[open] summary")).as("one group open at a time")
			.extracting(s -> s.getText())
			.containsExactly("Rekisterit");

		admin.findAll(".main-nav summary").get(3).click();
		admin.clickLink("Päätöksentekomatriisi");
		assertThat(admin.path()).isEqualTo("/decisions/rules");
		assertThat(admin.find(".main-nav a[aria-current=page]").getDomAttribute("href")).isEqualTo("/decisions/rules");
		assertNoViolations(admin, "/decisions/rules with the menu");
	}

	@Test
	void theMenuFitsA320PixelScreen() throws Exception {
		var admin = browser().signIn("admin");
		try {
			resize(admin, 320);
			admin.open("/projects");
			admin.findAll(".main-nav summary").get(1).click();
			screenshot(admin, "navigation-320.png");
			assertThat(admin.script("return document.documentElement.scrollWidth > window.innerWidth;")).isEqualTo(false);
			assertThat(admin.findAll(".main-nav details[open] a")).allMatch(a -> a.isDisplayed());
			assertNoViolations(admin, "the menu at 320 px");
		}
		finally {
			resize(admin, 1280);
		}
	}

	@Test
	void thePortfolioTableFits1280PixelsWithoutSidewaysScrolling() {
		var tiina = browser().signIn("tiina");
		resize(tiina, 1280);
		tiina.open("/projects");
		assertThat(tiina.script(SIDEWAYS_SCROLLING)).asList().isEmpty();
	}

	@Test
	void theIntegrationMapsLabelsAreReadableAtTheDefaultZoom() {
		var tiina = browser().signIn("tiina");
		resize(tiina, 1280);
		tiina.open("/registers/integrations");
		tiina.waitUntil(d -> Boolean.TRUE.equals(tiina.script("var m = document.querySelector('[data-map]');"
				+ " return !!(m && m.cy && m.cy.nodes().length > 0);")));
		Object sizes = tiina.script("""
				var cy = document.querySelector('[data-map]').cy;
				return cy.elements().filter(e => e.data('name') || e.data('method'))
					.map(e => parseFloat(e.renderedStyle('font-size')));""");
		assertThat(sizes).asList().isNotEmpty()
			// 12 px as the renderer computes it: size ÷ zoom × zoom may come back as 11.999999999999998.
			.allSatisfy(px -> assertThat(((Number) px).doubleValue()).as("label size on screen, px")
				.isGreaterThanOrEqualTo(12 - 1e-6));
	}

	private static void resize(Browser browser, int width) {
		browser.driver().manage().window().setSize(new Dimension(width, 900));
		int inner = ((Number) browser.script("return window.innerWidth;")).intValue();
		if (inner != width) {
			browser.driver().manage().window().setSize(new Dimension(2 * width - inner, 900));
		}
	}

	private static void screenshot(Browser browser, String name) throws Exception {
		var dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name), png);
	}

}
