package fi.ohjaamo.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's "done when" as a new IT manager of the wellbeing area meets it, whose register starts empty: she imports
 * her application list from Excel, shaped like the table of a municipal IT strategy (function, system, vendor), then
 * enters the systems the action plan speaks of (a time-tracking product whose support ended on a given day, a reporting
 * server on an old Windows Server), sees on her home page that their support has ended with no project addressing
 * it, and links the portfolio's projects to the systems they change, after which the home page is quiet about them
 * and the project's card names them. Every page she sees is checked with axe. The demo municipality is not touched.
 */
class RegisterJourneyBrowserTests extends BrowserTest {

	static final String TIME_TRACKING = "Työajanseuranta Flexim";

	static final String REPORTING_SERVER = "Sote-raportoinnin tietokantapalvelin";

	static final String PATIENT_RECORDS = "Asiakas- ja potilastietojärjestelmien yhtenäistäminen";

	/** A strategy's table of its most important applications: function, system and vendor. */
	static final List<List<String>> APPLICATION_TABLE = List.of(
			List.of("Toiminto", "Järjestelmän nimi", "Toimittaja"),
			List.of("Terveyspalvelut", "Terveydenhuollon Effica", "Tieto"),
			List.of("Sosiaalipalvelut", "Yksilö- ja perhehuollon Effica", "Tieto"),
			List.of("Taloushallinto", "Perustalousjärjestelmä IntimePlus", "Aditro"),
			List.of("Ostolaskut", "Basware IP", "Basware"),
			List.of("Talousraportointi", "BusinessPlanning", "Basware"),
			List.of("Asianhallinta", "Kuntatoimisto", "Triplan"),
			List.of("Palkanlaskenta", "Pegasos", "Logica"),
			List.of("Karttapalvelut", "City", "Tekla"),
			List.of("Oppilashallinto", "Primus, Wilma ja Kurre", "Starsoft"));

	@Test
	void systemsAreEnteredTheirEndOfSupportIsSeenAndProjectsAreLinkedToThem() throws Exception {
		var hilla = browser().signIn("hilla");
		hilla.clickLink("Etusivu");
		assertThat(hilla.heading()).isEqualTo("Tietohallinnon etusivu");
		assertThat(hilla.findAll("#support + ul li")).as("an empty register warns of nothing").isEmpty();
		assertNoViolations(hilla, "the wellbeing area's home page before any system");

		// The application list from Excel: checked in a preview, then saved with the vendors it names.
		hilla.open("/registers/systems");
		hilla.clickLink("Tuo Excelistä");
		RegisterExcelBrowserTests.upload(hilla, APPLICATION_TABLE);
		assertThat(hilla.text("#preview-summary")).contains("Lisätään 9, päivitetään 0").contains("uusia toimittajia 7");
		assertNoViolations(hilla, "the application table's preview");
		hilla.clickAndLoad(By.cssSelector("form[action$='/registers/systems/import/commit'] button"));
		assertThat(hilla.text("p.alert-success")).contains("9 järjestelmää tallennettiin");
		hilla.clickLink("Tietojärjestelmät");
		assertThat(hilla.texts(".register-table tbody th a")).hasSize(9).contains("Terveydenhuollon Effica", "Pegasos");
		assertThat(hilla.text("#unanswered-title")).as("a list of three columns answers none of the questions")
			.startsWith("9 järjestelmältä puuttuu vastaus");
		hilla.open("/");
		assertThat(hilla.texts("#owners + ul li")).as("an imported list names no owners yet, and the home page says so")
			.anySatisfy(li -> assertThat(li).startsWith("Pegasos"));

		// A vendor, then the systems the action plan names, with the day their support ends.
		hilla.open("/registers/vendors");
		hilla.clickLink("Lisää toimittaja");
		hilla.fill("name", "Työaikapalvelut Oy");
		hilla.save();
		assertNoViolations(hilla, "a new vendor");

		hilla.open("/registers/systems");
		hilla.clickLink("Lisää järjestelmä");
		hilla.fill("name", TIME_TRACKING);
		hilla.fill("purpose", "Työajan seuranta, myös mobiilisti; liittymät palkanlaskentaan ja henkilöstöhallintoon.");
		hilla.choose("vendorId", "Työaikapalvelut Oy");
		hilla.choose("hosting", "Ohjelmistopalvelu (SaaS)");
		hilla.choose("personalData", "Kyllä");
		hilla.choose("useLogged", "Ei tiedossa");
		hilla.fill("mainUser", "Henkilöstöpalvelujen pääkäyttäjä");
		date(hilla, "productSupportEnds", "2023-06-30");
		hilla.save();
		assertThat(hilla.heading()).isEqualTo(TIME_TRACKING);
		assertNoViolations(hilla, "the time-tracking system");

		hilla.open("/registers/systems/new");
		hilla.fill("name", REPORTING_SERVER);
		hilla.fill("purpose", "Sote-keskusten raportoinnin tietokannat omassa konesalissa.");
		hilla.fill("mainUser", "Raportointitiimi");
		hilla.fill("platform", "Windows Server 2012 R2, SQL Server 2014");
		date(hilla, "inUseSince", "2015-02-01");
		date(hilla, "platformSupportEnds", "2023-10-10");
		hilla.save();
		assertThat(hilla.heading()).isEqualTo(REPORTING_SERVER);

		// The home page tells that both have passed their end of support and nothing addresses them.
		hilla.open("/");
		assertThat(hilla.texts("#support + ul li"))
			.anySatisfy(li -> assertThat(li).startsWith(TIME_TRACKING).contains("tuki päättyi 30.6.2023"))
			.anySatisfy(li -> assertThat(li).startsWith(REPORTING_SERVER).contains("tuki päättyi 10.10.2023"));
		assertNoViolations(hilla, "the home page with alerts");

		// The project that replaces the old client systems takes the reporting server with it.
		hilla.clickLink(REPORTING_SERVER);
		hilla.choose("projectId", "3.1 " + PATIENT_RECORDS);
		hilla.choose("relation", "Korvaa");
		hilla.clickAndLoad(By.cssSelector("form[action$='/projects'] button"));
		assertThat(hilla.texts("#projects + ul li"))
			.anySatisfy(li -> assertThat(li).contains(PATIENT_RECORDS).contains("Korvaa"));
		assertNoViolations(hilla, "the reporting server with its project");

		hilla.open("/");
		assertThat(hilla.texts("#support + ul li")).as("the addressed system is no longer an alert")
			.noneSatisfy(li -> assertThat(li).startsWith(REPORTING_SERVER))
			.anySatisfy(li -> assertThat(li).startsWith(TIME_TRACKING));

		hilla.open("/projects/" + hilla.projectId(PATIENT_RECORDS));
		assertThat(hilla.texts(".card-section li"))
			.anySatisfy(li -> assertThat(li).contains(REPORTING_SERVER).contains("Korvaa"));
		assertNoViolations(hilla, "the project card naming its system");
	}

	/** Date inputs take typed digits in the browser's locale order; setting the value is what a date picker does. */
	private static void date(Browser browser, String id, String isoDate) {
		browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
	}

}
