package fi.ohjaamo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.keyfigures.FigureValues;
import fi.ohjaamo.keyfigures.KeyFigures;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.CriterionDefinition;
import fi.ohjaamo.registers.ContractDefinition;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.scenario.Scenarios;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.ProgrammeStatus;
import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.SwotQuadrant;
import fi.ohjaamo.strategy.Worksites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form family with stale-save protection: two saves from the same version that change different fields
 * both survive, and a field both changed is saved only as the person chooses. (The project card and the system
 * form have their own tests.)
 */
@IntegrationTest
class ConflictMergeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Vendors vendors;

	@Autowired
	Contracts contracts;

	@Autowired
	SteeringBodies bodies;

	@Autowired
	Strategies strategies;

	@Autowired
	CityGoals cityGoals;

	@Autowired
	FocusAreas focusAreas;

	@Autowired
	Indicators indicators;

	@Autowired
	SwotAnalyses swotAnalyses;

	@Autowired
	Programmes programmes;

	@Autowired
	SpearheadThemes themes;

	@Autowired
	Worksites worksites;

	@Autowired
	Criteria criteria;

	@Autowired
	KeyFigures keyFigures;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ActionPlans plans;

	@Test
	void vendor() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Oppiva Oy"));
		String at = "/registers/vendors/" + vendor.getId();
		bothSurvive(org, at + "/edit", at, "businessId", "1234567-8", "contact", "asiakaspalvelu@oppiva.fi");
	}

	@Test
	void contract() throws Exception {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Kunta-IT Oy"));
		var contract = contracts.add(org.id(), new ContractDefinition(vendor.getId(), "Tukipalvelut", "", List.of(),
				BigDecimal.TEN, LocalDate.of(2024, 1, 1), null, 6, "", "", ""));
		String at = "/registers/contracts/" + contract.getId();
		bothSurvive(org, at + "/edit", at, "subject", "Tuki- ja ylläpitopalvelut", "options", "Optio 2 vuotta");
	}

	@Test
	void alertSettings() throws Exception {
		var org = data.organisation();
		bothSurvive(org, "/registers/settings", "/registers/settings", "supportMonths", "18", "noticeDays", "120");
	}

	@Test
	void steeringBody() throws Exception {
		var org = data.organisation();
		var body = bodies.add(org.id(), new BodyDefinition("IT-ohjausryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id()), org.itManager().id(), null, true));
		String at = "/steering/bodies/" + body.getId();
		bothSurvive(org, at + "/edit", at, "name", "Digiohjausryhmä", "preparerId", org.itManager().id().toString());
		choiceNeeded(org, at + "/edit", at, "name", "Tietohallinnon ohjausryhmä", "Digitalisaation ohjausryhmä",
				"theirs");
	}

	@Test
	void strategy() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Tietohallintostrategia", 2026, 2030, "", "", List.of());
		String at = "/strategy/strategies/" + strategy.getId();
		bothSurvive(org, at + "/edit", at, "vision", "Digitaalinen kunta", "mission", "Palvelemme asukkaita");
		choiceNeeded(org, at + "/edit", at, "vision", "Toisen visio", "Minun visioni", "mine");
	}

	@Test
	void cityGoal() throws Exception {
		var org = data.organisation();
		var goal = cityGoals.add(org.id(), "Elinvoimainen kunta", "");
		String at = "/strategy/city-goals/" + goal.getId();
		bothSurvive(org, at + "/edit", at, "name", "Elinvoimainen ja vetovoimainen kunta", "description",
				"Yritykset ja asukkaat viihtyvät");
		choiceNeeded(org, at + "/edit", at, "description", "Toisen kuvaus", "Minun kuvaukseni", "theirs");

		RequestPostProcessor administrator = org.administrator().signedIn();
		var mine = PostedForm.read(mvc, at + "/edit", at, org.itManager().signedIn());
		PostedForm.read(mvc, at + "/edit", at, administrator).with("name", "Vetovoimainen kunta")
			.postSaving(mvc, administrator);
		assertThat(mine.with("description", "Kolmas kuvaus").postShowingPage(mvc, org.itManager().signedIn()))
			.as("the merge names who saved meanwhile, from the goal's kept versions")
			.contains("Tallentaja: " + org.administrator().name() + ".");
	}

	@Test
	void focusArea() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Digistrategia", 2026, 2030, "", "", List.of());
		var area = focusAreas.add(org.id(), strategy.getId(), "Digitaaliset palvelut", "");
		String at = "/strategy/focus-areas/" + area.getId();
		bothSurvive(org, at + "/edit", at, "description", "Asiointi verkossa", "name", "Sähköiset palvelut");
		choiceNeeded(org, at + "/edit", at, "name", "Toisen nimi", "Minun nimeni", "mine");
	}

	@Test
	void indicator() throws Exception {
		var org = data.organisation();
		var indicator = indicators.add(org.id(), new IndicatorDefinition(org.goalId(), null, "Sähköinen asiointi",
				"%", IndicatorDirection.HIGHER_IS_BETTER, null, null, List.of(IndicatorTarget.reaching(IndicatorDirection.HIGHER_IS_BETTER, 2027, BigDecimal.TEN))));
		String at = "/strategy/indicators/" + indicator.getId();
		bothSurvive(org, at + "/edit", at, "unit", "prosenttia", "name", "Sähköisen asioinnin osuus");
		choiceNeeded(org, at + "/edit", at, "name", "Toisen nimi", "Minun nimeni", "theirs");
	}

	@Test
	void swotAnalysisAndItem() throws Exception {
		var org = data.organisation();
		var analysis = swotAnalyses.add(org.id(), null, "Nykytila", null);
		String at = "/strategy/swot/" + analysis.getId();
		bothSurvive(org, at + "/edit", at, "analysedOn", "2026-03-02", "title", "Nykytilan analyysi");
		choiceNeeded(org, at + "/edit", at, "title", "Toisen otsikko", "Minun otsikkoni", "mine");

		var item = swotAnalyses.addItem(org.id(), analysis.getId(), SwotQuadrant.WEAKNESS, "Vanhat järjestelmät", "");
		String itemAt = at + "/items/" + item.getId();
		bothSurvive(org, itemAt + "/edit", itemAt, "response", "Uusitaan vaiheittain", "description",
				"Vanhentuneet järjestelmät");
		choiceNeeded(org, itemAt + "/edit", itemAt, "response", "Toisen vastaus", "Minun vastaukseni", "theirs");
	}

	@Test
	void programmeThemeAndWorksite() throws Exception {
		var org = data.organisation();
		var programme = programmes.create(org.id(), "Digiohjelma", 2026, 2028, "", null, ProgrammeStatus.DRAFT);
		String at = "/strategy/programmes/" + programme.getId();
		bothSurvive(org, at + "/edit", at, "status", "ACTIVE", "description", "Palvelut verkkoon");
		choiceNeeded(org, at + "/edit", at, "name", "Toisen ohjelma", "Minun ohjelmani", "theirs");

		var theme = themes.add(org.id(), programme.getId(), "Asiointi", "");
		String themeAt = "/strategy/themes/" + theme.getId();
		bothSurvive(org, themeAt + "/edit", themeAt, "name", "Sujuva asiointi", "description", "Yksi luukku");
		choiceNeeded(org, themeAt + "/edit", themeAt, "description", "Toisen kuvaus", "Minun kuvaukseni", "mine");

		var site = worksites.add(org.id(), theme.getId(), "Ajanvaraus", "", ActionResponsible.role("palvelupäällikkö"));
		String siteAt = "/strategy/worksites/" + site.getId();
		bothSurvive(org, siteAt + "/edit", siteAt, "role", "asiointipäällikkö", "name", "Sähköinen ajanvaraus");
		choiceNeeded(org, siteAt + "/edit", siteAt, "name", "Toisen työmaa", "Minun työmaani", "theirs");
	}

	@Test
	void decisionFacts() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Asiakasrekisteri");
		String at = "/projects/" + project.getId() + "/decision";
		bothSurvive(org, at, at + "/facts", "personalData", "true", "crossSector", "true");
	}

	@Test
	void prioritisationCriterion() throws Exception {
		var org = data.organisation();
		var criterion = criteria.add(org.id(), new CriterionDefinition("Strateginen sopivuus", "", 30, 0,
				List.of("Ei", "Vähän", "Selvästi"), true));
		String at = "/projects/criteria/" + criterion.getId();
		bothSurvive(org, at + "/edit", at, "name", "Strategiaan sopivuus", "description", "Kuinka hyvin hanke palvelee");
	}

	@Test
	void keyFigures() throws Exception {
		var org = data.organisation();
		var year = keyFigures.add(org.id(), FigureValues.ofYear(2022));
		String at = "/registers/key-figures/" + year.getId();
		bothSurvive(org, at + "/edit", at, "workstations", "950", "servers", "120");
	}

	@Test
	void scenario() throws Exception {
		var org = data.organisation();
		var scenario = scenarios.create(org.itManager().asUser(), "Kevennetty", "");
		String at = "/projects/scenarios/" + scenario.getId();
		bothSurvive(org, at + "/edit", at, "name", "Kevennetty kehitystahti", "description", "Siirretään kahta hanketta");
	}

	@Test
	void actionPlanAndChapter() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		String at = "/plans/" + plan.getId();
		bothSurvive(org, at + "/edit", at, "title", "Toimenpidesuunnitelma 2026", "periodLabel", "Vuosi 2026");

		plans.addChapter(org.id(), plan.getId(), new Chapter("Johdanto", "Alkuteksti"),
				plans.get(org.id(), plan.getId()).getVersion());
		bothSurvive(org, at + "/chapter?n=0", at + "/chapter?n=0", "heading", "Aluksi", "text", "Uusi teksti");
	}

	/** Two sessions edit from the same version; the later save is merged and, saved again, keeps both changes. */
	private void bothSurvive(TestData.Org org, String edit, String action, String theirField, String theirValue,
			String myField, String myValue) throws Exception {
		RequestPostProcessor colleague = org.itManager().signedIn();
		RequestPostProcessor me = org.itManager().signedIn();
		var theirs = PostedForm.read(mvc, edit, action, colleague);
		var mine = PostedForm.read(mvc, edit, action, me);
		theirs.with(theirField, theirValue).postSaving(mvc, colleague);

		String page = mine.with(myField, myValue).postShowingPage(mvc, me);

		assertThat(page).contains("Toisen tallennuksesta otettiin yksi kenttä; yksikään kenttä ei vaadi valintaasi.");
		var merged = PostedForm.on(page, action);
		assertThat(merged.value(theirField)).as("their change is in the form").isEqualTo(theirValue);
		assertThat(merged.value(myField)).isEqualTo(myValue);
		assertThat(PostedForm.read(mvc, edit, action, me).value(myField)).as("nothing saved on a stale base")
			.isNotEqualTo(myValue);
		merged.postSaving(mvc, me);
		var saved = PostedForm.read(mvc, edit, action, me);
		assertThat(saved.value(theirField)).isEqualTo(theirValue);
		assertThat(saved.value(myField)).isEqualTo(myValue);
	}

	/** Both change one field: the save waits for a choice and then saves the value chosen. */
	private void choiceNeeded(TestData.Org org, String edit, String action, String field, String theirValue,
			String myValue, String choice) throws Exception {
		RequestPostProcessor me = org.itManager().signedIn();
		var theirs = PostedForm.read(mvc, edit, action, me);
		var mine = PostedForm.read(mvc, edit, action, me);
		theirs.with(field, theirValue).postSaving(mvc, me);
		String page = mine.with(field, myValue).postShowingPage(mvc, me);
		assertThat(page).contains("yksi kenttä vaatii valintasi").contains("name=\"merge.choice." + field + "\"");

		String unchosen = PostedForm.on(page, action).postShowingPage(mvc, me);
		assertThat(unchosen).contains("Valitse, pidätkö oman arvosi vai otatko toisen tallentaman.");
		assertThat(PostedForm.read(mvc, edit, action, me).value(field)).isEqualTo(theirValue);

		PostedForm.on(unchosen, action).with("merge.choice." + field, choice).postSaving(mvc, me);
		assertThat(PostedForm.read(mvc, edit, action, me).value(field))
			.isEqualTo(choice.equals("mine") ? myValue : theirValue);
	}

}
