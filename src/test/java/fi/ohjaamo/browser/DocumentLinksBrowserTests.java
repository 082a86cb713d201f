package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A viewer finds the documents where the things they describe are: the summary on the portfolio, the strategy on
 * the strategy page, the plan on the plan's page, each as PDF and Word in three languages, and the links download the files.
 */
class DocumentLinksBrowserTests extends BrowserTest {

	@Test
	void portfolioOffersTheSummaryInEachFormatAndLanguage() {
		var browser = browser().signIn("ville").open("/projects");
		assertThat(browser.text(".document-links")).contains("Salkun yhteenveto johdolle");
		assertThat(browser.texts(".document-links a")).containsExactly("PDF, suomeksi", "PDF, ruotsiksi",
				"PDF, englanniksi", "Word, suomeksi", "Word, ruotsiksi", "Word, englanniksi");
		assertThat(download(browser, ".document-links a[hreflang=sv][href*='.pdf']")).isEqualTo("200 application/pdf");
		checked(browser, "the portfolio with its document links");
	}

	@Test
	void strategyPageOffersTheStrategyAsADocument() {
		var browser = browser().signIn("ville").open("/strategy");
		assertThat(browser.text(".document-links")).contains("Strategia asiakirjana");
		assertThat(download(browser, ".document-links a[hreflang=en][href*='.docx']"))
			.isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		checked(browser, "the strategy with its document links");

		browser.open("/strategy?lang=sv");
		assertThat(browser.texts(".document-links a")).contains("PDF, på finska", "Word, på engelska");
		browser.open("/strategy?lang=fi");
	}

	@Test
	void planPageOffersThePlanAsADocument() {
		var browser = browser().signIn("ville").open("/plans");
		browser.clickAndLoad(org.openqa.selenium.By.cssSelector("li a[href^='/plans/']"));
		assertThat(browser.text(".document-links")).contains("Toimenpidesuunnitelma asiakirjana");
		assertThat(download(browser, ".document-links a[hreflang=fi][href*='.pdf']")).isEqualTo("200 application/pdf");
		// The plan page itself is still wider than 320 px (the actionplan module's, without these links too), so
		// here only the links' own box is held to the narrow screen.
		assertNoViolations(browser, "an action plan with its document links");
		var window = browser.driver().manage().window();
		window.setSize(new Dimension(320, 800));
		assertThat(browser.script("return document.querySelector('.document-links').getBoundingClientRect().right "
				+ "<= document.documentElement.clientWidth;")).as("the links at 320 px").isEqualTo(true);
	}

	/** Fetches the link's file in the signed-in session: its status and content type. */
	private static Object download(Browser browser, String link) {
		String href = browser.find(link).getDomAttribute("href");
		return browser.script("""
				var request = new XMLHttpRequest();
				request.open('GET', arguments[0], false);
				request.send();
				return request.status + ' ' + request.getResponseHeader('Content-Type');""", href);
	}

	/** axe at full width, then at 320 CSS pixels without sideways scrolling. */
	private static void checked(Browser browser, String page) {
		assertNoViolations(browser, page);
		var window = browser.driver().manage().window();
		var size = window.getSize();
		try {
			window.setSize(new Dimension(320, 800));
			assertThat(browser.script("return document.documentElement.scrollWidth;")).as(page + " at 320 px")
				.isEqualTo(browser.script("return document.documentElement.clientWidth;"));
			assertNoViolations(browser, page + " at 320 px");
		}
		finally {
			window.setSize(size);
		}
	}

}
