package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident who never signs in finds the city's published projects from the sign-in page's footer, narrows the
 * list, reads a project and finds the open data, the page that explains its fields and its licence, in Finnish and
 * in English, on a phone as well.
 */
class PublicPortfolioBrowserTests extends BrowserTest {

	@Test
	void residentFindsFiltersAndReadsPublishedProjectsWithoutSigningIn() {
		var resident = browser();
		resident.driver().manage().deleteAllCookies();
		resident.open("/login");
		resident.clickLink("Avoin data ja julkiset projektit");
		assertThat(resident.heading()).isEqualTo("Julkiset projektisalkut");
		checked(resident, "/public");

		resident.clickLink("Kuusijärven kaupunki");
		assertThat(resident.path()).isEqualTo("/public/kuusijarven-kaupunki");
		assertThat(resident.heading()).isEqualTo("Kuusijärven kaupunki: julkiset kehittämisprojektit");
		int all = resident.findAll("tbody tr").size();
		assertThat(all).isGreaterThanOrEqualTo(5);
		assertThat(resident.texts("a")).contains("Projektit CSV-muodossa", "Rajapinnan kuvaus (OpenAPI)",
				"Lisenssi: CC BY 4.0");
		checked(resident, "/public/kuusijarven-kaupunki");

		resident.clickLink("Avoimen datan kuvaus: kentät, koodit ja lisenssi");
		assertThat(resident.path()).isEqualTo("/open-data");
		assertThat(resident.heading()).isEqualTo("Avoimen datan kuvaus");
		assertThat(resident.texts("#table-project th.field-json code")).contains("id", "title", "impactSummary");
		checked(resident, "/open-data");
		resident.open("/public/kuusijarven-kaupunki");

		resident.choose("p-status", "Käynnissä");
		resident.clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
		assertThat(resident.path()).contains("status=IN_PROGRESS");
		assertThat(resident.findAll("tbody tr")).hasSizeLessThan(all)
			.allSatisfy(row -> assertThat(row.getText()).contains("Käynnissä"));

		String title = resident.findAll("tbody th a").getFirst().getText();
		resident.clickLink(title);
		assertThat(resident.heading()).endsWith(title);
		assertThat(resident.texts("h2")).contains("Kuvaus", "Arvioidut kustannukset", "Avoin data");
		checked(resident, "a published project");

		resident.open(resident.path() + "?lang=en");
		assertThat(resident.texts("h2")).contains("Description", "Estimated costs", "Open data");
		checked(resident, "a published project in English");
		resident.clickLink("Back to the published projects");
		assertThat(resident.heading()).isEqualTo("Kuusijärven kaupunki: public development projects");
		checked(resident, "the public list in English");
		assertThat(resident.texts("nav a")).doesNotContain("Portfolio", "Strategy");
	}

	@Test
	void unknownOrganisationAddressShowsTheNotFoundPage() {
		var resident = browser();
		resident.driver().manage().deleteAllCookies();
		resident.open("/public/ei-tallaista-kuntaa");
		assertThat(resident.heading()).isEqualTo("Sivua ei löytynyt");
		Accessibility.assertNoViolations(resident, "unknown public address");
	}

	/** axe at full width, then at 320 CSS pixels without sideways scrolling. */
	private static void checked(Browser browser, String page) {
		Accessibility.assertNoViolations(browser, page);
		var window = browser.driver().manage().window();
		var size = window.getSize();
		try {
			window.setSize(new Dimension(320, 800));
			assertThat(browser.script("return document.documentElement.scrollWidth;")).as(page + " at 320 px")
				.isEqualTo(browser.script("return document.documentElement.clientWidth;"));
			Accessibility.assertNoViolations(browser, page + " at 320 px");
		}
		finally {
			window.setSize(size);
		}
	}

}
