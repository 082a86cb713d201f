package fi.ohjaamo.browser;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people edit the same record at once; the second save must neither overwrite nor lose anything: what only the
 * other changed is taken into the form, what both changed waits for the person's choice.
 */
class EditConflictBrowserTests extends BrowserTest {

	static final String CARD = "Kriittisten palvelujen jatkuvuus- ja palautumissuunnitelmat";

	static final String OTHER_CARD = "Suurkuvatulostimen uusiminen";

	@Test
	void theLaterSaveTakesTheOtherPersonsChangeIntoTheFormAndSavingAgainKeepsBoth() {
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
		assertThat(tiina.text(".merge-summary"))
			.isEqualTo("Toisen tallennuksesta otettiin yksi kenttä; yksikään kenttä ei vaadi valintaasi.");
		assertThat(tiina.text(".merge-taken")).contains("Kehittämiskohteen nimi");
		assertThat(tiina.value("description")).isEqualTo(myDescription);
		assertThat(tiina.value("title")).as("Aino's change is in the form, not Tiina's old title").isEqualTo(newTitle);
		assertThat(tiina.find("input[name=baseRevision]").getDomProperty("value")).isEqualTo("2");
		assertNoViolations(tiina, "the card form after a merged conflict");

		tiina.save();

		assertThat(tiina.text("[role=status]")).isEqualTo("Kortti tallennettiin.");
		assertThat(tiina.heading()).isEqualTo(newTitle);
		assertThat(tiina.text(".card .prose")).isEqualTo(myDescription);
		assertThat(tiina.text(".meta")).startsWith("Versio 3, tallentanut Tiina Tietohallintojohtaja");
	}

	@Test
	void aFieldBothChangedIsShownSideBySideAndSavedOnlyAsChosen() {
		var tiina = browser().signIn("tiina");
		String id = tiina.projectId(OTHER_CARD);
		var aino = otherBrowser().signIn("admin");
		tiina.open("/projects/" + id + "/edit");
		aino.open("/projects/" + id + "/edit");

		aino.fill("description", "Ainon kuvaus.").fill("scheduleNote", "Ainon huomautus").save();
		tiina.fill("description", "Tiinan kuvaus.").save();

		assertThat(tiina.text(".merge-summary"))
			.isEqualTo("Toisen tallennuksesta otettiin yksi kenttä; yksi kenttä vaatii valintasi.");
		assertThat(tiina.text("#merge-description legend")).isEqualTo("Kuvaus");
		assertThat(tiina.texts("#merge-description .merge-value")).containsExactly("Tiinan kuvaus.", "Ainon kuvaus.");
		assertThat(tiina.text("label[for=merge-description-theirs]")).isEqualTo("Ota arvo, jonka Aino Ylläpitäjä tallensi");
		assertThat(tiina.value("scheduleNote")).isEqualTo("Ainon huomautus");
		assertNoViolations(tiina, "the card form with a choice to make");

		tiina.save();
		assertThat(tiina.text("#merge-description-error"))
			.isEqualTo("Valitse, pidätkö oman arvosi vai otatko toisen tallentaman.");
		assertNoViolations(tiina, "the card form asking for a choice");

		tiina.find("#merge-description-theirs").click();
		tiina.save();

		assertThat(tiina.text("[role=status]")).isEqualTo("Kortti tallennettiin.");
		assertThat(tiina.text(".card .prose")).isEqualTo("Ainon kuvaus.");
	}

	@Test
	void aSystemEditedByTwoKeepsTheirChangeAndMyChoice() {
		var tiina = browser().signIn("tiina");
		tiina.open("/registers/systems").clickLink("Kuntatalous Pro");
		String edit = tiina.path() + "/edit";
		var aino = otherBrowser().signIn("admin");
		tiina.open(edit);
		aino.open(edit);

		aino.fill("purpose", "Ainon kuvaus taloushallinnosta").fill("platform", "Linux-palvelin 2026").save();
		tiina.fill("purpose", "Tiinan kuvaus taloushallinnosta").save();

		assertThat(tiina.text(".conflict h2")).isEqualTo("Joku muu tallensi tämän sillä aikaa, kun muokkasit sitä");
		assertThat(tiina.text(".merge-summary"))
			.isEqualTo("Toisen tallennuksesta otettiin yksi kenttä; yksi kenttä vaatii valintasi.");
		assertThat(tiina.texts("#merge-purpose .merge-value"))
			.containsExactly("Tiinan kuvaus taloushallinnosta", "Ainon kuvaus taloushallinnosta");
		assertThat(tiina.text("label[for=merge-purpose-theirs]")).isEqualTo("Ota arvo, jonka Aino Ylläpitäjä tallensi");
		assertThat(tiina.value("platform")).isEqualTo("Linux-palvelin 2026");
		assertNoViolations(tiina, "the system form with a choice to make");

		tiina.find("#merge-purpose-mine").click();
		tiina.save();

		tiina.open(edit);
		assertThat(tiina.value("purpose")).isEqualTo("Tiinan kuvaus taloushallinnosta");
		assertThat(tiina.value("platform")).isEqualTo("Linux-palvelin 2026");
	}

	@Test
	void theCapacityGridIsMergedCellByCellAndACellBothChangedIsChosen() {
		var tiina = browser().signIn("tiina");
		var aino = otherBrowser().signIn("admin");
		String edit = "/projects/capacity/edit?from=2037&to=2037";
		tiina.open(edit);
		aino.open(edit);

		// cells 0, 1 and 2 are IT's first three quarters
		aino.fill("cells-0-days", "300").fill("cells-2-days", "90").save();
		tiina.fill("cells-1-days", "200").fill("cells-2-days", "60").save();

		assertThat(tiina.text(".merge-summary"))
			.isEqualTo("Toisen tallennuksesta otettiin yksi kenttä; yksi kenttä vaatii valintasi.");
		assertThat(tiina.text(".merge-taken")).contains("IT, Q1/2037, henkilötyöpäivät");
		assertThat(tiina.text(".merge-choice legend")).isEqualTo("IT, Q3/2037, henkilötyöpäivät");
		assertThat(tiina.texts(".merge-choice .merge-value")).containsExactly("60", "90");
		assertThat(new BigDecimal(tiina.value("cells-0-days"))).as("Aino's cell is in the grid").isEqualByComparingTo("300");
		assertThat(tiina.value("cells-1-days")).isEqualTo("200");
		assertNoViolations(tiina, "the capacity grid with a cell to choose");

		tiina.find("[id='merge-cells[IT-2037-3]-theirs']").click();
		tiina.save();

		assertThat(tiina.text(".alert-success")).isEqualTo("Kapasiteetti tallennettiin.");
		tiina.open(edit);
		assertThat(List.of("cells-0-days", "cells-1-days", "cells-2-days")).extracting(id -> new BigDecimal(tiina.value(id)))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("300"), new BigDecimal("200"), new BigDecimal("90"));
	}

}
