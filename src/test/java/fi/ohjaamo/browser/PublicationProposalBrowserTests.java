package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The education services' editor marked the self-service library public in the demo, which only proposed it; the
 * card says so. IT management finds the proposal from the portfolio, publishes the card, and a resident reads it.
 */
class PublicationProposalBrowserTests extends BrowserTest {

	private static final String CARD = "Omatoimikirjasto Kivilahden lähikirjastoon";

	@Test
	void anEditorsProposalWaitsForItManagementWhoPublishesTheCard() {
		var sanna = browser().signIn("sanna");
		sanna.open("/projects?q=omatoimikirjasto");
		sanna.clickLink(CARD);
		assertThat(sanna.text(".publication-proposal h2")).isEqualTo("Ehdotettu julkaistavaksi");
		assertThat(sanna.texts(".publication-proposal p")).contains("Tietohallinto päättää, julkaistaanko kortti.");
		assertThat(sanna.findAll(".publication-proposal button")).isEmpty();
		Accessibility.assertNoViolations(sanna, "a card proposed for publication, as its editor");

		var tiina = browser().signIn("tiina");
		tiina.open("/projects");
		tiina.clickLink("Julkaisuehdotukset");
		assertThat(tiina.texts("tbody th a")).anyMatch(text -> text.endsWith(CARD));
		Accessibility.assertNoViolations(tiina, "the publication proposals");
		tiina.clickAndLoad(By.cssSelector("button[aria-label='Julkaise: " + CARD + "']"));
		assertThat(tiina.heading()).isEqualTo(CARD);
		assertThat(tiina.text(".alert-success")).startsWith("Kortti on nyt julkinen");
		assertThat(tiina.findAll(".publication-proposal")).isEmpty();

		var resident = browser();
		resident.driver().manage().deleteAllCookies();
		resident.open("/public/kuusijarven-kaupunki");
		assertThat(resident.texts("tbody th a")).contains(CARD);
	}

}
