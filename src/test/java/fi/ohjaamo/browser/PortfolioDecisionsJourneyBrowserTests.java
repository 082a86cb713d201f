package fi.ohjaamo.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's whole chain as a new IT manager of the wellbeing area meets it, clicking through the real pages: she sets
 * up prioritisation criteria, a steering body and the decision rule that names it; scores the portfolio and sees the
 * ranking; sets IT capacity and finds the overloaded quarter; relieves it in a scenario that shifts a proposal,
 * compares it with the current plan and adopts it, which changes the card and its history; then takes the proposal
 * through assessment to an approval that only a member of the body can record. The wellbeing area starts with
 * none of these, so the journey builds everything it needs and leaves the demo municipality as it was.
 */
class PortfolioDecisionsJourneyBrowserTests extends BrowserTest {

	static final String BOOKING = "Suun terveydenhuollon sähköinen ajanvaraus";

	static final String ARCHIVE = "Lastensuojelun asiakirjat Kanta-palvelujen sosiaalihuollon arkistoon";

	static final String BODY = "Hyvinvointialueen digiohjausryhmä";

	static final String SCENARIO = "Ajanvaraus vuoteen 2028";

	@Test
	void fromCriteriaAndRulesThroughCapacityAndAScenarioToAnApprovalByTheNamedBody() {
		var hilla = browser().signIn("hilla");

		// Prioritisation criteria with described scales, their weights making 100 %.
		hilla.open("/projects");
		hilla.clickLink("Priorisointijärjestys");
		hilla.clickAndLoad(By.partialLinkText("Priorisointikriteerit"));
		assertNoViolations(hilla, "the wellbeing area's criteria before any");
		criterion(hilla, "Asiakashyöty", "60", "Ei hyötyä", "Vähäinen hyöty", "Selvä hyöty", "Merkittävä hyöty");
		criterion(hilla, "Toteutettavuus", "40", "Epävarma", "Haastava", "Tavanomainen", "Helppo");
		assertThat(hilla.text("#weight-sum")).isEqualTo("Käytössä olevien kriteerien painot ovat yhteensä 100 %.");
		assertNoViolations(hilla, "the wellbeing area's criteria");

		// The steering body, then the decision rule that names it and requires a TCO analysis.
		hilla.open("/steering/bodies");
		hilla.clickLink("Lisää toimielin");
		assertNoViolations(hilla, "the body form");
		hilla.fill("name", BODY);
		hilla.driver().findElement(By.xpath("//label[normalize-space()='Hilla Hyvinvointi']")).click();
		hilla.choose("chairId", "Hilla Hyvinvointi");
		hilla.save();
		assertThat(hilla.heading()).contains(BODY);
		assertNoViolations(hilla, "the new body");

		hilla.open("/projects");
		hilla.clickLink("Päätöksentekomatriisi");
		hilla.clickLink("Lisää sääntö");
		hilla.fill("name", "Yli 10 000 euron kertakustannukset ohjausryhmään");
		hilla.fill("position", "1");
		hilla.choose("condition", "Kertakustannukset ylittävät rajan");
		hilla.fill("limit", "10000");
		hilla.choose("bodyId", BODY);
		hilla.driver().findElement(By.cssSelector("label[for=required-0]")).click();
		hilla.save();
		assertThat(hilla.path()).endsWith("/decisions/rules?added");
		assertThat(hilla.texts("tbody tr").getFirst()).contains(BODY).contains("Kokonaiskustannusanalyysi (TCO)");
		assertNoViolations(hilla, "the wellbeing area's decision matrix");

		// Scoring the portfolio; the ranking keeps mandatory projects above the line and the rest by score.
		score(hilla, BOOKING, 3, 2);
		score(hilla, ARCHIVE, 1, 1);
		hilla.open("/projects");
		hilla.clickLink("Priorisointijärjestys");
		assertThat(hilla.text(".ranking .above-line")).contains(ARCHIVE);
		assertThat(hilla.texts(".ranking tbody:not(.above-line) td a").getFirst()).isEqualTo(BOOKING);
		assertNoViolations(hilla, "the wellbeing area's ranking");

		// IT capacity for 2027; the third quarter cannot hold the demand the cards put on it.
		hilla.open("/projects");
		hilla.clickLink("Kapasiteetti");
		assertThat(hilla.texts("#capacity-overloads li")).isEmpty();
		hilla.open("/projects/capacity/edit?from=2027&to=2027");
		hilla.fill("cells-0-days", "80").fill("cells-1-days", "80").fill("cells-2-days", "56").fill("cells-3-days", "80");
		hilla.save();
		assertThat(hilla.text(".alert-success")).isEqualTo("Kapasiteetti tallennettiin.");
		hilla.choose("f-from", "2027").choose("f-to", "2027");
		hilla.clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
		assertThat(hilla.texts("#capacity-overloads li")).singleElement().asString().startsWith("IT Q3/2027");
		var overloaded = hilla.find(".capacity-table tr.overloaded");
		overloaded.findElement(By.tagName("summary")).click();
		assertThat(overloaded.findElements(By.cssSelector(".capacity-projects a")).stream().map(WebElement::getText))
			.contains(BOOKING);
		assertNoViolations(hilla, "the wellbeing area's overloaded quarter");

		// A scenario shifts the booking project a year on; beside the current plan the quarter is no longer overloaded.
		hilla.open("/projects");
		hilla.clickLink("Skenaariot");
		hilla.clickLink("Uusi skenaario");
		hilla.fill("name", SCENARIO);
		hilla.save();
		var project = new Select(hilla.find("#projectId"));
		project.selectByVisibleText(project.getOptions().stream().map(WebElement::getText)
			.filter(t -> t.contains(BOOKING)).findFirst().orElseThrow());
		hilla.find("#kind-SHIFT").click();
		hilla.fill("newStart", "Q1/2028").fill("newEnd", "Q3/2028").fill("reason", "Kapasiteetti ei riitä Q3/2027");
		hilla.save();
		assertThat(hilla.texts("td")).anyMatch(t -> t.startsWith("Aikataulu siirtyy") && t.endsWith("Q1/2028–Q3/2028"));
		assertThat(overloadedPlans(hilla, "Q3/2027")).as("only the current plan overloads Q3/2027").isEqualTo(1);
		assertNoViolations(hilla, "the scenario");
		String scenarioPath = hilla.path();

		hilla.clickLink("Skenaariot");
		hilla.clickLink("Skenaarioiden vertailu");
		hilla.findAll("input[name=scenario]").forEach(WebElement::click);
		hilla.clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
		assertThat(hilla.text("main")).contains("Nykyinen suunnitelma", SCENARIO);
		assertNoViolations(hilla, "the comparison");

		hilla.open(scenarioPath);
		hilla.clickLink("Ota skenaario käyttöön");
		hilla.clickAndLoad(By.xpath("//button[normalize-space()='Vahvista käyttöönotto']"));
		assertThat(hilla.text(".scenario-facts")).contains("Otettu käyttöön");
		hilla.open("/projects/capacity?from=2027&to=2027");
		assertThat(hilla.texts("#capacity-overloads li")).isEmpty();
		String booking = hilla.projectId(BOOKING);
		hilla.open("/projects/" + booking);
		assertThat(hilla.text("main")).contains("Q1/2028").doesNotContain("Q3/2027");
		hilla.clickLink("Versiohistoria");
		assertThat(hilla.texts("tbody tr").getFirst()).contains("Hilla Hyvinvointi");
		assertNoViolations(hilla, "the card's history after the adoption");

		// Proposal → assessed: the rule names the body and the missing TCO analysis until it is recorded.
		hilla.open("/projects/" + booking);
		hilla.clickLink("Päätöksenteko");
		assertThat(hilla.text("#deciding-body")).isEqualTo(BODY);
		assertThat(hilla.texts("#missing li")).containsExactly("Kokonaiskustannusanalyysi (TCO)");
		assertNoViolations(hilla, "the decision page with a missing analysis");
		hilla.fill("years", "5").fill("oneOff", "25000").fill("recurringPerYear", "6000")
			.fill("summary", "Viiden vuoden kokonaiskustannukset ovat enintään 55 000 euroa.");
		button(hilla, "Kirjaa TCO-analyysi");
		button(hilla, "Merkitse arvioiduksi");
		assertThat(hilla.text(".meta")).isEqualTo("Projektin tila: Arvioitu");

		// Tiina manages IT here too but is no member of the body: she cannot record its decision.
		var tiina = otherBrowser().signIn("tiina");
		tiina.open("/projects");
		tiina.choose("organisation-switch", "Pohjanrannan hyvinvointialue");
		tiina.clickAndLoad(By.cssSelector("form.org-switch button"));
		tiina.open("/projects/" + booking + "/decision");
		assertThat(tiina.findAll("#record-heading")).isEmpty();
		assertThat(tiina.text("#record-members-only")).contains(BODY);

		// Hilla, a member, records the approval; it enters the card's history.
		hilla.open("/projects/" + booking + "/decision");
		assertThat(hilla.text("#record-heading")).isEqualTo("Kirjaa päätös: " + BODY);
		hilla.fill("minutesSection", "§ 12").fill("decisionText", "Ohjausryhmä hyväksyi sähköisen ajanvarauksen.");
		button(hilla, "Kirjaa päätös");
		assertThat(hilla.text(".meta")).isEqualTo("Projektin tila: Hyväksytty");
		assertThat(hilla.text(".decision-list")).contains("Hyväksytty", "§ 12", "Kirjannut Hilla Hyvinvointi");
		assertNoViolations(hilla, "the approved proposal");
		hilla.clickLink("Projektikortin versiohistoria");
		assertThat(hilla.texts("tbody tr").getFirst()).contains("Hilla Hyvinvointi");
	}

	private static void criterion(Browser browser, String name, String weight, String... levels) {
		browser.clickLink("Lisää kriteeri");
		browser.fill("name", name).fill("description", "Arvioidaan asteikolla: " + String.join(", ", levels));
		browser.fill("weight", weight);
		for (int i = 0; i < levels.length; i++) {
			browser.fill("levels-" + i + "-meaning", levels[i]);
		}
		browser.save();
		assertThat(browser.text("main")).contains(name);
	}

	/** Scores a project on both criteria, each given as the index of the level on its scale. */
	private static void score(Browser browser, String title, int first, int second) {
		browser.open("/projects/" + browser.projectId(title));
		browser.clickLink("Pisteytys");
		List<Integer> chosen = List.of(first, second);
		for (int i = 0; i < chosen.size(); i++) {
			var radios = browser.findAll("input[type=radio][name='levels[" + i + "].level']");
			String id = radios.get(chosen.get(i)).getDomAttribute("id");
			browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		browser.fill("reason", "Arvioitu hyvinvointialueen salkkukatselmuksessa");
		browser.save();
		assertThat(browser.path()).endsWith("/scores?scored");
	}

	/** How many plans' demand cells of the quarter's row in the scenario's capacity table are overloaded. */
	private static int overloadedPlans(Browser browser, String quarter) {
		return browser.driver()
			.findElements(By.xpath("//table[contains(@class,'scenario-table')]//tr[th[normalize-space()='" + quarter
					+ "']]/td[contains(@class,'overloaded')]"))
			.size();
	}

	private static void button(Browser browser, String text) {
		browser.clickAndLoad(By.xpath("//button[normalize-space()='" + text + "']"));
	}

}
