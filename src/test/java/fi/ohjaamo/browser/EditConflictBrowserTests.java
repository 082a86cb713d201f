package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people edit the same card at once; the second save must neither overwrite nor lose anything. */
class EditConflictBrowserTests extends BrowserTest {

	static final String CARD = "Kriittisten palvelujen jatkuvuus- ja palautumissuunnitelmat";

	@Test
	void theLaterSaveShowsTheOtherPersonsChangeKeepsWhatWasTypedAndSavesOnSecondTry() {
		var tiina = browser().signIn("tiina");
		String id = tiina.projectId(CARD);
		var aino = otherBrowser().signIn("admin");
		tiina.open("/projects/" + id + "/edit");
		aino.open("/projects/" + id + "/edit");
		String original = tiina.value("title");
		String newTitle = original + " (päivitetty)";
		String myDescription = "Tiinan kuvaus, joka ei saa kadota: harjoitukset keväällä 2027.";

		aino.fill("title", newTitle).save();
		assertThat(aino.text("[role=status]")).isEqualTo("Kortti tallennettiin.");
		assertThat(aino.heading()).isEqualTo(newTitle);

		tiina.fill("description", myDescription).save();

		assertThat(tiina.path()).isEqualTo("/projects/" + id);
		assertThat(tiina.text(".conflict h2")).isEqualTo("Joku muu tallensi kortin sillä aikaa, kun muokkasit sitä");
		assertThat(tiina.text(".conflict ul")).startsWith("Versio 2: Aino Ylläpitäjä");
		assertThat(tiina.text(".conflict")).contains(newTitle);
		assertThat(tiina.value("description")).isEqualTo(myDescription);
		assertThat(tiina.value("title")).as("the form holds what Tiina had, to merge by hand").isEqualTo(original);
		assertThat(tiina.find("input[name=baseRevision]").getDomProperty("value")).isEqualTo("2");

		tiina.fill("title", newTitle).save();

		assertThat(tiina.text("[role=status]")).isEqualTo("Kortti tallennettiin.");
		assertThat(tiina.heading()).isEqualTo(newTitle);
		assertThat(tiina.text(".card .prose")).isEqualTo(myDescription);
		assertThat(tiina.text(".meta")).startsWith("Versio 3, tallentanut Tiina Tietohallintojohtaja");
	}

}
