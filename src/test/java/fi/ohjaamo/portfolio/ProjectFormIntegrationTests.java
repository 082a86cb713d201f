package fi.ohjaamo.portfolio;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creating and editing cards through the form: bad input is answered next to the field and nothing typed is lost. */
@IntegrationTest
class ProjectFormIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Test
	void createsACardAndKeepsItsFirstVersion() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Sähköinen rakennuslupa"));
		var result = mvc.perform(form.create().with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/projects/").endsWith("?saved");
		String page = mvc.perform(get(location.replace("?saved", "")).with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		page = readable(page);
		assertThat(page).contains("Sähköinen rakennuslupa").contains("Q3/2025–Q2/2026").contains("10 000–20 000");
	}

	@Test
	void answersEachMistakeNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Virheellinen"))
			.with("title", "")
			.with("scheduleStart", "Q3/2026")
			.with("scheduleEnd", "Q1/2026")
			.with("costs[0].amountMin", "-5")
			.with("costs[0].amountMax", "")
			.with("description", "x".repeat(ProjectCard.LONG_TEXT + 1))
			.with("costNote", "Tämä huomautus säilyy");
		String page = mvc.perform(form.create().with(org.itManager().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		page = readable(page);
		assertThat(page).contains("error-summary")
			.contains("id=\"title-error\"")
			.contains("id=\"scheduleEnd-error\"")
			.contains("Loppu ei voi olla ennen alkua.")
			.contains("id=\"costs-0-amountMin-error\"")
			.contains("Arvo ei voi olla negatiivinen.")
			.contains("id=\"description-error\"")
			.contains("value=\"Q3/2026\"")
			.contains("value=\"-5\"")
			.contains("Tämä huomautus säilyy");
	}

	@Test
	void rejectsUpsideDownRangesUnknownAmountsAndMalformedNumbers() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Vaihteluvälit"))
			.with("costs[0].amountMin", "20 000")
			.with("costs[0].amountMax", "10 000")
			.with("resources[0].party", "IT")
			.with("resources[0].effortUnit", "PERSON_DAYS")
			.with("resources[0].amountMin", "kymmenen")
			.with("resources[0].amountMax", "")
			.with("resources[0].note", "Asiantuntijatyö")
			.with("scheduleStart", "syksy 2025");
		String page = mvc.perform(form.create().with(org.itManager().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		page = readable(page);
		assertThat(page).contains("id=\"costs-0-amountMax-error\"")
			.contains("Yläraja ei voi olla pienempi kuin alaraja.")
			.contains("id=\"resources-0-amountMin-error\"")
			.contains("value=\"kymmenen\"")
			.contains("Kirjoita muodossa 2023, Q3/2022 tai 8/2021.")
			.contains("value=\"syksy 2025\"");
	}

	@Test
	void aLikelihoodOrScheduleOwnerThatThePlanLeftOpenIsSavedAndShownAsNotAssessed() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Avoimeksi jätetty"))
			.with("likelihood", "NOT_ASSESSED")
			.with("scheduleOwner", "NOT_ASSESSED");
		var location = mvc.perform(form.create().with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var saved = projects.history(org.id(), idOf(org, "Avoimeksi jätetty")).getFirst().card();
		assertThat(saved.likelihood()).isEqualTo(Likelihood.NOT_ASSESSED);
		assertThat(saved.scheduleOwner()).isEqualTo(ScheduleOwner.NOT_ASSESSED);
		String page = readable(mvc.perform(get(location.replace("?saved", "")).with(org.viewer().signedIn()))
			.andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Ei arvioitu").contains("Ei sovittu");
	}

	@Test
	void acceptsFinnishNumberNotationAndUnknownCosts() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Suomalaiset luvut"))
			.with("costs[0].amountMin", "1 234,50")
			.with("costs[0].amountMax", "")
			.with("costs[1].kind", "RECURRING")
			.with("costs[1].fromYear", "2026")
			.with("costs[1].amountUnknown", "true")
			.with("costs[1].vat", "INCLUDED")
			.with("costs[1].note", "Lisenssimalli ei vielä tiedossa");
		mvc.perform(form.create().with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var saved = projects.history(org.id(), idOf(org, "Suomalaiset luvut")).getFirst().card();
		assertThat(saved.costs().get(0).amountMin()).isEqualByComparingTo("1234.50");
		assertThat(saved.costs().get(1).amountUnknown()).isTrue();
		assertThat(saved.costs().get(1).lastYear()).isNull();
	}

	@Test
	void theFourPartsCanBeAnsweredTogetherInTheImpactSummaryWhichMustThenBeWritten() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Yhdessä arvioitu"))
			.with("impactSummary", "");
		for (String part : new String[] { "impactOrganisation", "impactSecurity", "impactData", "impactCaseManagement" }) {
			form = form.with(part + ".state", "IN_SUMMARY").with(part + ".text", "ei tallennu");
		}
		String refused = readable(mvc.perform(form.create().with(org.itManager().signedIn()))
			.andReturn().getResponse().getContentAsString());
		assertThat(refused).contains("id=\"impactSummary-error\"")
			.contains("Kirjoita vaikutusten yhteenveto: osa muutosvaikutuksista on arvioitu siinä.");

		var location = mvc.perform(form.with("impactSummary", "Uusi ajanvaraus muuttaa neuvonnan työnjakoa, tietoturva "
				+ "ja tietoaineistot pysyvät ennallaan, asiakirjat arkistoidaan kuten ennen.").create()
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		var saved = projects.history(org.id(), idOf(org, "Yhdessä arvioitu")).getFirst().card();
		assertThat(saved.impacts()).allSatisfy(part -> {
			assertThat(part.state()).isEqualTo(ImpactState.IN_SUMMARY);
			assertThat(part.text()).isEmpty();
		});
		String page = readable(mvc.perform(get(location.replace("?saved", "")).with(org.viewer().signedIn()))
			.andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Arvioitu yhteenvedossa").contains("Uusi ajanvaraus muuttaa neuvonnan työnjakoa");
	}

	@Test
	void requiresAReasonForNotAssessedAndAGoalOrLifecycleUpdate() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Arvioimatta"))
			.with("impactSecurity.state", "NOT_ASSESSED")
			.with("impactSecurity.text", "")
			.without("goalIds");
		String page = mvc.perform(form.create().with(org.itManager().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		page = readable(page);
		assertThat(page).contains("Kerro, miksi osaa ei ole arvioitu.")
			.contains("Valitse vähintään yksi strateginen tavoite tai merkitse projekti elinkaaripäivitykseksi.");
		mvc.perform(form.with("impactSecurity.text", "Puhdas infrastruktuurihanke").with("noStrategicGoal", "true")
			.create()
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
	}

	@Test
	void addsAndRemovesLinesWithoutLosingInput() throws Exception {
		var org = data.organisation();
		var form = ProjectForms.of(data.card(org, "Rivit")).with("description", "Kesken oleva kuvaus");
		String added = mvc.perform(form.create().param("_action", "addCost").with(org.itManager().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		added = readable(added);
		assertThat(added).contains("name=\"costs[1].kind\"").contains("Kesken oleva kuvaus").doesNotContain("error-summary");
		String removed = mvc.perform(form.create().param("_action", "removeCost:0").with(org.itManager().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		removed = readable(removed);
		assertThat(removed).doesNotContain("name=\"costs[0].kind\"").contains("Kesken oleva kuvaus");
	}

	@Test
	void noCardThatBreaksTheRulesIsSavedWhoeverSavesIt() {
		var org = data.organisation();
		var c = data.card(org, "Väärinpäin");
		var endBeforeStart = c.toBuilder().scheduleStart("Q3/2026").scheduleEnd("Q1/2026").build();
		assertThatIllegalArgumentException().isThrownBy(() -> projects.create(org.itManager().asUser(), endBeforeStart))
			.withMessageContaining("scheduleEnd");
		assertThat(query.find(org.id(), PortfolioFilter.none()).total()).isZero();
	}

	@Test
	void statusMovesOneStepAtATime() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Vaiheittain");
		var form = ProjectForms.of(project.card());
		String page = mvc.perform(form.with("status", "DONE").post(project.getId(), 1).with(org.itManager().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		page = readable(page);
		assertThat(page).contains("Tilaa ei voi vaihtaa suoraan tähän.");
		mvc.perform(form.with("status", "APPROVED").post(project.getId(), 1).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(projects.get(org.id(), project.getId()).getStatus()).isEqualTo(Status.APPROVED);
	}

	@Autowired
	PortfolioQuery query;

	/** As a reader sees it: entities decoded, the no-break spaces of Finnish number grouping as spaces. */
	static String readable(String page) {
		return HtmlUtils.htmlUnescape(page).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private java.util.UUID idOf(TestData.Org org, String title) {
		return query.find(org.id(), new PortfolioFilter(title, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null)).rows().getFirst().id();
	}

}
