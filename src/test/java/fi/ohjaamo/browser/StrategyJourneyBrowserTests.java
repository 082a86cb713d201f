package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new IT manager enters a whole municipal IT strategy of the kind Finnish municipalities write (focus areas as
 * in Naantali's, goals with action / responsible tables and a SWOT with responses as in Kaarina's), every part in
 * its own field, links a project to a goal and sees which goals still have no project. The wellbeing area of the
 * demo data has no strategy yet, so the journey starts from nothing.
 */
class StrategyJourneyBrowserTests extends BrowserTest {

	static final String STRATEGY = "Pohjanrannan tietohallintostrategia 2025–2028";

	static final String LEADERSHIP = "Aktiivinen ja osaava tietohallintojohtaminen";

	static final String SECURITY = "Tietoturva ja tietosuoja hallinnassa";

	static final String CITY_GOAL = "Laatu- ja kustannustietoinen johtaminen";

	static final String FOCUS_AREA = "Palvelualojen kehittämistoiminnan tukeminen";

	static final String PROJECT = "Etäkotihoidon videopalvelu";

	@Test
	void aWholeStrategyFromNothingToTheGoalsThatLackProjects() {
		var browser = browser().signIn("hilla");

		// The strategy itself: period, vision, mission, principles and policies, each line its own.
		browser.open("/strategy/strategies/new")
			.fill("name", STRATEGY)
			.fill("startYear", "2025")
			.fill("endYear", "2028")
			.fill("vision", "Tieto ja digitaaliset palvelut tukevat hyvinvointia joka päivä.")
			.fill("mission", "Tietohallinto tuottaa turvalliset perustietotekniikkapalvelut ja tukee toimialojen kehittämistä.")
			.fill("principles", "Kokonaisarkkitehtuuri ohjaa ratkaisuja\nHankkeet arvioidaan yhteisin kriteerein")
			.fill("policies", "Pilvipalvelut ensin, kun tietoturva sallii");
		browser.clickAndLoad(By.cssSelector("form[action$='/strategy/strategies'] button.primary"));
		assertThat(browser.text("h1")).isEqualTo(STRATEGY);
		assertThat(browser.texts("ol li")).contains("Kokonaisarkkitehtuuri ohjaa ratkaisuja",
				"Hankkeet arvioidaan yhteisin kriteerein", "Pilvipalvelut ensin, kun tietoturva sallii");
		browser.clickAndLoad(By.cssSelector("form[action$='/current'] button"));
		assertThat(browser.path()).isEqualTo("/strategy?madeCurrent");

		// Focus areas, in the order of the document.
		for (String area : new String[] { "Sähköisen asioinnin tukeminen ja prosessien sujuvoittaminen",
				"Tietohallinnon operatiivisen toiminnan laadullinen kehittäminen", FOCUS_AREA }) {
			browser.fill("name", area).fill("description", "Painopiste: " + area);
			browser.clickAndLoad(By.cssSelector("form[action$='/focus-areas'] button.primary"));
		}
		assertThat(browser.texts(".strategy-tree > li h3")).containsExactly(
				"Sähköisen asioinnin tukeminen ja prosessien sujuvoittaminen",
				"Tietohallinnon operatiivisen toiminnan laadullinen kehittäminen", FOCUS_AREA);

		// The city strategy's goal that IT goals serve.
		browser.open("/strategy/city-goals").fill("name", CITY_GOAL).fill("description", "Kaupunkistrategian päämäärä");
		browser.clickAndLoad(By.cssSelector("form[action$='/city-goals'] button.primary"));

		// Two strategic goals, the first placed with its critical success factors and the city goal it serves.
		for (String goal : new String[] { LEADERSHIP, SECURITY }) {
			browser.open("/strategy/goals").fill("name", goal);
			browser.clickAndLoad(By.cssSelector("form[action$='/strategy/goals'] button.primary"));
		}
		String leadership = goalId(browser, LEADERSHIP);
		browser.open("/strategy/goals/" + leadership + "/edit")
			.choose("focusAreaId", STRATEGY + ": " + FOCUS_AREA)
			.fill("description", "Tietohallinnon johtaminen osaksi kaupungin tavallista johtamista.")
			.fill("successFactors", "Esimiesten tietojohtamisen osaaminen\nYhtenäinen hankesalkku");
		browser.driver().findElement(By.xpath("//label[normalize-space()='" + CITY_GOAL + "']")).click();
		browser.clickAndLoad(By.cssSelector("form[action$='/strategy/goals/" + leadership + "'] button.primary"));

		// The goal's action / responsible table: a named role, a unit of the organisation.
		browser.open("/strategy/goals/" + leadership + "/actions")
			.fill("description", "Konkretisoidaan tietohallintojohtamisen ja tietojohtamisen käsitteet.");
		new Select(browser.find("#responsible")).selectByValue("role");
		browser.fill("role", "Henkilöstöjohtaja").fill("due", "Q4/2025");
		browser.clickAndLoad(By.cssSelector("form[action$='/actions'] button.primary"));
		browser.fill("description", "Kerätään merkittävät tietojärjestelmähankkeet yhtenäiseen hankesalkkuun.");
		browser.find("#responsible").findElement(By.cssSelector("option[value^='unit:']")).click();
		browser.fill("due", "2026");
		browser.clickAndLoad(By.cssSelector("form[action$='/actions'] button.primary"));
		assertThat(browser.text("main")).contains("Henkilöstöjohtaja", "Q4/2025", "yhtenäiseen hankesalkkuun");

		// An indicator of the goal with a baseline, a target and a measured value.
		browser.open("/strategy/indicators/new")
			.choose("goalId", LEADERSHIP)
			.fill("name", "Tietohallintopalveluiden asiakastyytyväisyys")
			.fill("unit", "1–5")
			.fill("baselineValue", "3,6")
			.fill("baselineYear", "2024");
		// A new indicator offers one target row to begin with.
		browser.fill("targets-0-year", "2026").fill("targets-0-value", "4,0");
		browser.clickAndLoad(By.cssSelector("button.primary[value=save]"));
		browser.fill("date", "31.12.2025").fill("value", "3,8").fill("source", "Asiakaskysely 2025");
		browser.clickAndLoad(By.cssSelector("form[action$='/measurements'] button.primary"));
		assertThat(browser.text("main")).contains("Asiakaskysely 2025", "3,8");

		// A SWOT of the strategy: each quadrant's item with its response, one response made an action.
		browser.open("/strategy/swot").fill("title", "Tietohallinnon SWOT 2025").choose("strategyId", STRATEGY);
		browser.clickAndLoad(By.cssSelector("form[action$='/strategy/swot'] button.primary"));
		String[][] items = { { "STRENGTH", "Tietotekniset tuotantopalvelut ovat hyvällä tasolla", "Tarjoudumme vertailukohteeksi." },
				{ "WEAKNESS", "Esimiesten tietojohtamisen osaaminen on puutteellista", "Järjestetään koulutusta henkilöstöhallinnon kanssa." },
				{ "OPPORTUNITY", "Seudullinen ICT-yhteistyö kehittyy", "Tuemme seudullisia yhteistyöhankkeita." },
				{ "THREAT", "Riippuvuus yksittäisistä sovellustoimittajista kasvaa", "Vähennetään riippuvuutta yhteishankinnoin." } };
		for (String[] item : items) {
			new Select(browser.find("#quadrant")).selectByValue(item[0]);
			browser.fill("description", item[1]).fill("response", item[2]);
			browser.clickAndLoad(By.cssSelector("form[action$='/items'] button.primary"));
		}
		assertThat(browser.text("main")).contains(items[0][2], items[1][2], items[2][2], items[3][2]);
		var weakness = browser.driver()
			.findElement(By.xpath("//*[contains(@class,'swot-item')][.//*[contains(.,'" + items[1][1] + "')]]"
					+ "//form[contains(@class,'make-action')]"));
		new Select(weakness.findElement(By.tagName("select"))).selectByVisibleText(LEADERSHIP);
		browser.clickAndLoad(By.xpath("//*[contains(@class,'swot-item')][.//*[contains(.,'" + items[1][1] + "')]]"
				+ "//form[contains(@class,'make-action')]//button"));
		browser.open("/strategy/goals/" + leadership + "/actions");
		assertThat(browser.text("main")).contains(items[1][2]);

		// A project of the portfolio serves the goal.
		String project = browser.projectId(PROJECT);
		browser.open("/projects/" + project + "/edit").tick("goal-" + leadership).save();
		assertThat(browser.path()).isEqualTo("/projects/" + project + "?saved");

		// The goal page gathers it all; coverage shows the goal with no project.
		browser.open("/strategy/goals/" + leadership);
		assertThat(browser.text("main")).contains(CITY_GOAL, "Yhtenäinen hankesalkku", "Henkilöstöjohtaja",
				"Tietohallintopalveluiden asiakastyytyväisyys", PROJECT, items[1][2]);
		browser.open("/projects/coverage");
		assertThat(browser.texts("#no-projects + ul a, #neither + ul a")).contains(SECURITY).doesNotContain(LEADERSHIP);
		browser.open("/strategy");
		assertThat(browser.text(".strategy-tree")).contains(LEADERSHIP, FOCUS_AREA);
	}

	private static String goalId(Browser browser, String name) {
		browser.open("/strategy/goals");
		String href = browser.driver().findElement(By.linkText(name)).getDomAttribute("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

}
