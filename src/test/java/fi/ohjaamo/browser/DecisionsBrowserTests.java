package fi.ohjaamo.browser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Vat;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import static fi.ohjaamo.browser.Accessibility.assertNoViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 4's decision part: IT management sets up a rule; the card's decision page shows the body the
 * rule names and what is still missing; a TCO analysis is recorded, the proposal marked assessed, and a member of
 * the body records the approval, which someone outside the body cannot. Every page without accessibility
 * violations, also 320 px wide.
 */
class DecisionsBrowserTests extends BrowserTest {

	static final String MUNICIPALITY = "Kuusijärven kaupunki";

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	@Test
	void aRuleNamesTheBodyAndOnlyItsMemberRecordsTheApproval() {
		String projectId = newProposal("Sähköinen kokoushallinta").toString();
		var browser = browser().signIn("tiina");
		browser.open("/projects");
		browser.clickLink("Päätöksentekomatriisi");
		assertThat(browser.heading()).isEqualTo("Päätöksentekomatriisi");
		assertNoViolations(browser, "the decision matrix");
		browser.clickLink("Lisää sääntö");
		assertNoViolations(browser, "the rule form");
		browser.fill("name", "Uudet tietojärjestelmät johtoryhmään");
		browser.fill("position", "1");
		browser.choose("condition", "Tuo uuden tietojärjestelmän");
		browser.choose("bodyId", "Johtoryhmä");
		browser.driver().findElement(By.cssSelector("label[for=required-0]")).click();
		browser.save();
		assertThat(browser.path()).endsWith("/decisions/rules?added");
		assertThat(browser.texts("tbody tr").getFirst()).contains("Uudet tietojärjestelmät johtoryhmään")
			.contains("Johtoryhmä").contains("Kokonaiskustannusanalyysi (TCO)");

		browser.open("/projects/" + projectId);
		browser.clickLink("Päätöksenteko");
		assertThat(browser.heading()).isEqualTo("Päätöksenteko: Sähköinen kokoushallinta");
		browser.driver().findElement(By.cssSelector("label[for=newInformationSystem]")).click();
		button(browser, "Tallenna tiedot");
		assertThat(browser.text("#deciding-body")).isEqualTo("Johtoryhmä");
		assertThat(browser.texts("#missing li")).containsExactly("Kokonaiskustannusanalyysi (TCO)");
		assertNoViolations(browser, "the decision page with a missing analysis");

		button(browser, "Merkitse arvioiduksi");
		assertThat(browser.text(".error-summary")).contains("Projektia ei voi vielä merkitä arvioiduksi.")
			.contains("Kokonaiskustannusanalyysi (TCO)");
		assertNoViolations(browser, "the refused assessment");

		browser.fill("years", "5");
		browser.fill("oneOff", "30000");
		browser.fill("recurringPerYear", "8000");
		browser.fill("summary", "Viiden vuoden kokonaiskustannukset ovat 70 000 euroa.");
		button(browser, "Kirjaa TCO-analyysi");
		assertThat(browser.text("#missing")).isEqualTo("Kaikki sääntöjen vaatimat selvitykset ovat olemassa.");
		button(browser, "Merkitse arvioiduksi");
		assertThat(browser.text(".meta")).isEqualTo("Projektin tila: Arvioitu");

		var outsider = browser().signIn("ville");
		outsider.open("/projects/" + projectId + "/decision");
		assertThat(outsider.findAll("#record-heading")).isEmpty();

		var member = browser().signIn("sanna");
		member.open("/projects/" + projectId + "/decision");
		assertThat(member.text("#record-heading")).isEqualTo("Kirjaa päätös: Johtoryhmä");
		assertNoViolations(member, "the decision form");
		member.fill("minutesSection", "§ 7");
		member.fill("diaryNumber", "KUU/77/00.01.02/2026");
		member.fill("decisionText", "Johtoryhmä hyväksyi sähköisen kokoushallinnan hankinnan.");
		button(member, "Kirjaa päätös");
		assertThat(member.text(".meta")).isEqualTo("Projektin tila: Hyväksytty");
		assertThat(member.text(".decision-list")).contains("Hyväksytty").contains("§ 7")
			.contains("Kirjannut Sanna Sivistys");
		assertNoViolations(member, "the decision page after the approval");

		// The card itself tells who approved it, when, in which section and under which diary number.
		member.open("/projects/" + projectId);
		assertThat(member.text("#card-decisions")).contains("Hyväksytty: Johtoryhmä")
			.contains("§ 7, dnro KUU/77/00.01.02/2026");
		assertNoViolations(member, "the card with its approval");
		member.clickLink("Versiohistoria");
		assertThat(member.text("table.history tbody tr")).contains("Hyväksytty: Johtoryhmä")
			.contains("§ 7, dnro KUU/77/00.01.02/2026");
		assertNoViolations(member, "the card's history with its approval");

		member.open("/projects/" + projectId + "/decision");
		member.clickLink("Projektikortin versiohistoria");
		assertThat(member.text("main")).contains("Sanna Sivistys");
		member.open("/steering/bodies");
		member.clickLink("Johtoryhmä");
		member.clickLink("Toimielimen päätökset");
		assertThat(member.text("main")).contains("Sähköinen kokoushallinta");
		assertNoViolations(member, "the body's decisions");
	}

	@Test
	void thePagesFitANarrowScreen() {
		String projectId = newProposal("Kapean näytön hanke").toString();
		var browser = browser().signIn("tiina");
		browser.open("/steering/bodies");
		String body = browser.find(".body-list a").getDomAttribute("href");
		browser.open("/decisions/rules");
		String deleteRule = browser.find("a[href$='/delete']").getDomAttribute("href");
		var window = browser.driver().manage().window();
		var size = window.getSize();
		var problems = new ArrayList<String>();
		try {
			window.setSize(new Dimension(320, 800));
			for (String page : List.of("/decisions/rules", "/decisions/rules/new", "/steering/bodies",
					"/steering/bodies/new", body, body + "/edit", body + "/decisions", body + "/delete", deleteRule,
					"/projects/" + projectId + "/decision")) {
				browser.open(page);
				Object wide = browser.script(
						"return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
				if (!Boolean.FALSE.equals(wide)) {
					problems.add(page + " is wider than 320 px");
				}
				assertNoViolations(browser, page + " at 320 px");
			}
		}
		finally {
			window.setSize(size);
		}
		assertThat(problems).isEmpty();
	}

	private static void button(Browser browser, String text) {
		browser.clickAndLoad(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	/** A proposal of the demo municipality's education services, made the way the card form would. */
	private UUID newProposal(String title) {
		var org = organisations.named(MUNICIPALITY).orElseThrow();
		var area = organisations.unitsOf(org.getId()).serviceAreas().stream()
			.filter(u -> u.name().equals("Sivistyspalvelut")).findFirst().orElseThrow();
		var tiina = organisations.peopleOf(org.getId()).stream()
			.filter(p -> p.displayName().equals("Tiina Tietohallintojohtaja")).findFirst().orElseThrow();
		var user = new CurrentUser(tiina.id(), tiina.displayName(), org.getId(), org.getName(),
				EnumSet.of(Role.IT_MANAGEMENT), Set.of(), List.of());
		var none = new ImpactPart(ImpactState.NO_IMPACT, "");
		var card = ProjectCard.blank(area.id())
			.toBuilder()
			.title(title)
			.kind(ProjectKind.PROCUREMENT)
			.description("Kokousten asiakirjat sähköisesti.")
			.impactOrganisation(none)
			.impactSecurity(none)
			.impactData(none)
			.impactCaseManagement(none)
			.noStrategicGoal(true)
			.scheduleStart("Q1/2027")
			.scheduleEnd("Q4/2027")
			.costs(List.of(new CostLine(CostKind.ONE_OFF, 2027, null, new BigDecimal("30000"), null, false,
					Vat.EXCLUDED, "")))
			.build();
		return projects.create(user, card).getId();
	}

}
