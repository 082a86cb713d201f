package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a card: the card from the portfolio, its printable view, its history and a diff of two versions. */
class CardBrowserTests extends BrowserTest {

	static final String CARD = "Asianhallintajärjestelmän uusiminen";

	@Test
	void aCardOpensFromThePortfolioAndHasAPrintableView() {
		var browser = browser().signIn("ville");

		browser.clickLink(CARD);

		assertThat(browser.heading()).isEqualTo(CARD);
		assertThat(browser.path()).matches("/projects/[0-9a-f-]{36}");
		assertThat(browser.text(".meta")).startsWith("Versio 3, tallentanut Pekka Projektipäällikkö");
		// The card is in the demo's approved plan, so it shows the number the plan gives it.
		String number = fact(browser, "Numero").replaceAll(" \\(suunnitelmassa .*\\)$", "");
		assertThat(fact(browser, "Numero")).matches("[0-9.]+ \\(suunnitelmassa .+\\)");
		assertThat(fact(browser, "Tila")).isEqualTo("Hyväksytty");
		assertThat(fact(browser, "Projektipäällikkö")).isEqualTo("Pekka Projektipäällikkö");
		assertThat(fact(browser, "Aikataulu")).isEqualTo("3/2027–9/2028");
		assertThat(browser.findAll("a.button")).extracting(e -> e.getText())
			.as("a viewer may print and read the history, the scores and the decisions but not edit")
			.containsExactly("Tulostettava versio", "Versiohistoria", "Pisteytys", "Päätöksenteko");
		String card = browser.path();

		browser.clickLink("Tulostettava versio");

		assertThat(browser.path()).isEqualTo(card + "/print");
		assertThat(browser.heading()).isEqualTo(number + " " + CARD);
		assertThat(browser.text(".meta")).startsWith("Kuusijärven kaupunki · versio 3");
		assertThat(browser.findAll(".site-header")).as("no navigation on paper").isEmpty();
		assertThat(browser.findAll("link[rel=stylesheet]")).extracting(e -> e.getDomAttribute("href"))
			.contains("/css/print.css");
		assertThat(fact(browser, "Aikataulu")).isEqualTo("3/2027–9/2028");

		browser.clickLink("Takaisin korttiin");

		assertThat(browser.path()).isEqualTo(card);
	}

	@Test
	void theHistoryListsEveryVersionAndComparesTwoOfThem() {
		var browser = browser().signIn("ville");
		browser.clickLink(CARD);
		browser.clickLink("Versiohistoria");

		assertThat(browser.heading()).isEqualTo("Versiohistoria: " + CARD);
		assertThat(browser.texts(".history tbody td:nth-child(3)")).containsExactly("3", "2", "1");
		assertThat(browser.texts(".history tbody td:nth-child(5)")).containsExactly("Pekka Projektipäällikkö",
				"Tiina Tietohallintojohtaja", "Tiina Tietohallintojohtaja");
		assertThat(browser.texts(".history tbody td:nth-child(6)")).last().isEqualTo("Kortti luotiin");

		browser.find("#from-1").click();
		browser.find("#to-3").click();
		browser.clickAndLoad(By.cssSelector(".history-form button[type=submit]"));

		assertThat(browser.path()).contains("/diff?").contains("from=1").contains("to=3");
		assertThat(browser.heading()).isEqualTo("Versioiden 1 ja 3 erot");
		assertThat(browser.texts(".diff tbody th")).contains("Tila", "Aikataulu");
		var status = browser.driver().findElement(By.xpath("//table[@class='diff']//tr[th='Tila']"));
		assertThat(status.findElement(By.cssSelector("td:nth-of-type(1)")).getText()).contains("Ehdotus");
		assertThat(status.findElement(By.cssSelector("td:nth-of-type(2)")).getText()).contains("Hyväksytty");
		assertThat(browser.findAll(".diff ins, .diff del, .diff .diff-added, .diff .diff-removed")).isNotEmpty();
	}

	static String fact(Browser browser, String term) {
		return browser.driver().findElement(By.xpath("//dl[contains(@class,'card-facts')]/div[dt='" + term + "']/dd"))
			.getText();
	}

}
