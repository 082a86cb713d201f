package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wellbeing area's IT manager builds the area's first action plan: its introduction, projects picked from the
 * portfolio by category and words, the order of its sections, then its approval by the area board, which warns that
 * the plan's internal card will not be published, after which the plan is frozen and published without that card.
 * The municipality's demo plan shows what changed since its approval.
 */
class ActionPlanBrowserTests extends BrowserTest {

	private static final String TITLE = "Pohjanrannan tietohallinnon toimenpidesuunnitelma";

	@Test
	void anItManagerBuildsApprovesAndPublishesAPlan() {
		var hilla = browser().signIn("hilla");
		hilla.clickLink("Toimenpidesuunnitelmat");
		checked(hilla, "the plans");
		hilla.clickLink("Uusi suunnitelma");
		hilla.fill("title", TITLE).fill("periodLabel", "2026 ja 2027").fill("firstYear", "2026").fill("lastYear", "2027");
		hilla.save();
		assertThat(hilla.heading()).isEqualTo(TITLE);

		hilla.clickLink("Lisää johdannon luku");
		checked(hilla, "the chapter form");
		hilla.fill("heading", "Suunnitelman sisällöstä")
			.fill("text", "Suunnitelma kokoaa hyvinvointialueen tietohallinnon kehittämiskohteet vuosille 2026 ja 2027.");
		hilla.save();
		assertThat(hilla.texts("h2")).contains("1 Suunnitelman sisällöstä");

		hilla.clickLink("Hankkeet ja järjestys");
		hilla.choose("category", "Palvelualuekohtainen");
		hilla.clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
		assertThat(hilla.path()).contains("category=SERVICE_AREA");
		add(hilla, "Lastensuojelun asiakirjat Kanta-palvelujen sosiaalihuollon arkistoon");
		assertThat(hilla.path()).as("the search is kept after adding").contains("category=SERVICE_AREA");
		add(hilla, "Suun terveydenhuollon sähköinen ajanvaraus");
		hilla.open(hilla.path().replaceAll("\\?.*", "")).fill("q", "potilastieto");
		hilla.clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
		add(hilla, "Asiakas- ja potilastietojärjestelmien yhtenäistäminen");
		assertThat(hilla.texts(".plan-outline li > span:first-child")).containsExactly(
				"2 Koko kaupunkia koskevat kehityshankkeet",
				"2.1 Asiakas- ja potilastietojärjestelmien yhtenäistäminen",
				"3 Palvelualakohtaiset kehityshankkeet, Sosiaalipalvelut", "3.1 Lapsiperhepalvelut",
				"3.1.1 Lastensuojelun asiakirjat Kanta-palvelujen sosiaalihuollon arkistoon",
				"4 Palvelualakohtaiset kehityshankkeet, Terveyspalvelut", "4.1 Suun terveydenhuolto",
				"4.1.1 Suun terveydenhuollon sähköinen ajanvaraus");
		hilla.clickAndLoad(By.cssSelector(
				"button[aria-label='Siirrä ylös: Palvelualakohtaiset kehityshankkeet, Terveyspalvelut']"));
		assertThat(hilla.texts(".plan-outline li > span:first-child")).contains(
				"3 Palvelualakohtaiset kehityshankkeet, Terveyspalvelut",
				"4 Palvelualakohtaiset kehityshankkeet, Sosiaalipalvelut");
		checked(hilla, "the plan's projects and order");

		hilla.clickLink("Valmis");
		assertThat(hilla.texts(".plan-heading")).containsSubsequence(
				"2 Koko kaupunkia koskevat kehityshankkeet",
				"3 Palvelualakohtaiset kehityshankkeet, Terveyspalvelut",
				"3.1.1 Suun terveydenhuollon sähköinen ajanvaraus",
				"4.1.1 Lastensuojelun asiakirjat Kanta-palvelujen sosiaalihuollon arkistoon");
		checked(hilla, "the draft plan");

		hilla.clickLink("Kirjaa hyväksyminen");
		assertThat(hilla.text(".not-published h2")).as("the internal card is named before the approval")
			.isEqualTo("1 hanke jää julkaisematta");
		assertThat(hilla.texts(".not-published li")).containsExactly(
				"4.1.1 Lastensuojelun asiakirjat Kanta-palvelujen sosiaalihuollon arkistoon: sisäinen kortti");
		hilla.fill("bodyName", "Aluehallitus");
		hilla.clickAndLoad(By.cssSelector(".form-actions button.primary"));
		assertThat(hilla.text("#section-error")).isEqualTo("Täytä tämä kohta.");
		assertThat(hilla.value("bodyName")).isEqualTo("Aluehallitus");
		checked(hilla, "the approval form with an error");
		hilla.fill("section", "§ 45").fill("diaryNumber", "PHA/210/00.01/2026");
		hilla.clickAndLoad(By.cssSelector(".form-actions button.primary"));
		assertThat(hilla.text(".alert-success")).isEqualTo("Suunnitelma on hyväksytty ja jäädytetty.");
		assertThat(hilla.texts("a")).doesNotContain("Kirjaa hyväksyminen", "Hankkeet ja järjestys");
		checked(hilla, "the approved plan");

		// The council decides after the board: the decision is added to the chain, its date not known here.
		hilla.clickLink("Kirjaa seuraava päätös");
		checked(hilla, "the form of the next decision");
		hilla.fill("bodyName", "Aluevaltuusto").fill("date", "").tick("dateUnknown").fill("section", "§ 12")
			.fill("appendix", "2");
		hilla.clickAndLoad(By.cssSelector(".form-actions button.primary"));
		assertThat(hilla.text(".alert-success")).isEqualTo("Päätös kirjattiin hyväksyntäketjuun.");
		assertThat(hilla.texts("#approval-chain li")).satisfiesExactly(
				board -> assertThat(board).startsWith("Aluehallitus ").contains("§ 45", "Dnro PHA/210/00.01/2026"),
				council -> assertThat(council).startsWith("Aluevaltuusto päivämäärä ei tiedossa § 12, liite 2"));
		checked(hilla, "the plan with its chain of decisions");
		hilla.clickAndLoad(By.cssSelector("#approval-chain li:nth-child(2) a[href*='/decisions/edit']"));
		assertThat(hilla.ticked("dateUnknown")).isTrue();
		checked(hilla, "the correction form of a decision");
		hilla.clickAndLoad(By.cssSelector(".form-actions button.primary"));
		hilla.clickAndLoad(By.cssSelector("#approval-chain li:nth-child(2) a[href*='/decisions/remove']"));
		checked(hilla, "the confirmation of removing a decision");
		hilla.clickAndLoad(By.cssSelector(".form-actions a"));
		hilla.clickLink("Muutokset hyväksymisen jälkeen");
		assertThat(hilla.texts("main p")).contains("Yksikään suunnitelman kortti ei ole muuttunut hyväksymisen jälkeen.");

		var resident = browser();
		resident.driver().manage().deleteAllCookies();
		resident.open("/public/pohjanrannan-hyvinvointialue");
		resident.clickLink("Hyväksytyt toimenpidesuunnitelmat");
		checked(resident, "the public plans");
		resident.clickLink(TITLE + " (2026 ja 2027)");
		assertThat(resident.texts("dd")).contains("Aluehallitus", "§ 45", "PHA/210/00.01/2026");
		assertThat(resident.texts(".plan-heading")).contains("3.1.1 Suun terveydenhuollon sähköinen ajanvaraus")
			.noneMatch(heading -> heading.contains("Lastensuojelun asiakirjat"));
		assertThat(resident.text(".plan-not-published")).startsWith("1 hanke ei ole julkaistu.");
		assertThat(resident.text("main")).doesNotContain("Lastensuojelun asiakirjat");
		checked(resident, "the public plan");
	}

	@Test
	void theDemoPlanShowsTheCardRevisedSinceItsApproval() {
		var aino = browser().signIn("admin");
		aino.open("/plans");
		aino.clickAndLoad(By.xpath("//li[contains(., 'Hyväksytty')]/a"));
		assertThat(aino.texts("#approval-chain li")).satisfiesExactly(
				division -> assertThat(division).startsWith("Kaupunginhallituksen tietotekniikkajaosto 13.10.2025 § 38"),
				board -> assertThat(board).startsWith("Kunnanhallitus 3.11.2025 § 212, liite 4"));
		assertThat(aino.texts(".plan-heading")).contains("4 Perusinfrastruktuurihankkeet, tietohallinto omistajana");
		checked(aino, "the demo's approved plan");
		aino.clickLink("Muutokset hyväksymisen jälkeen");
		assertThat(aino.texts(".plan-change p")).anySatisfy(text -> assertThat(text).contains("Kuvaus"));
		checked(aino, "the changes since approval");
		aino.clickLink("Näytä muutokset");
		assertThat(aino.text("main")).contains("Syksyn 2025 kilpailutus viivästyi");
	}

	private static void add(Browser browser, String title) {
		browser.clickAndLoad(By.cssSelector("button[aria-label='Lisää suunnitelmaan: " + title + "']"));
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
