package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.PostedForm;
import fi.ohjaamo.TestData;
import fi.ohjaamo.TestData.Org;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.prioritisation.Criteria;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units apply while a call is open and only with their own service area's projects; evaluators score the
 * applications with history; the best that fit the budget are selected, overrides need a reason, and the results
 * are recorded for the applicants to see.
 */
@IntegrationTest
class FundingApplicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Criteria criteria;

	@Autowired
	FundingCalls calls;

	@Autowired
	FundingScores scores;

	@Autowired
	FundingDecisions decisions;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	FundingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new FundingFixtures(criteria, calls);
	}

	@Test
	void aServiceAreaEditorAppliesOnlyWithOwnProjectsAndOnlyWhileTheCallIsOpen() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.draft(org, "Kevään haku", 100_000, FundingFixtures.TODAY, FundingFixtures.TODAY.plusDays(9), fit);
		var own = data.project(org, "Varhaiskasvatuksen sähköinen haku");
		var others = project(org, "Katujen kunnossapidon järjestelmä", org.otherServiceAreaId());

		apply(org.areaEditor(), call.getId(), own.getId(), "40 000").andExpect(status().isConflict());

		calls.move(org.itManager().asUser(), call.getId(), FundingCallStatus.OPEN);
		apply(org.areaEditor(), call.getId(), own.getId(), "40 000").andExpect(status().is3xxRedirection());
		String refused = page(apply(org.areaEditor(), call.getId(), others.getId(), "10 000").andExpect(status().isOk()));
		assertThat(refused).contains("Valitse oman palvelualueesi keskeneräinen hanke.");
		String twice = page(apply(org.areaEditor(), call.getId(), own.getId(), "5 000").andExpect(status().isOk()));
		assertThat(twice).contains("Tällä hankkeella on jo hakemus tällä kierroksella.");
		apply(org.viewer(), call.getId(), own.getId(), "40 000").andExpect(status().isForbidden());

		calls.move(org.itManager().asUser(), call.getId(), FundingCallStatus.CLOSED);
		apply(org.areaEditor(), call.getId(), own.getId(), "40 000").andExpect(status().isConflict());

		var applications = calls.applications(org.id(), call.getId());
		assertThat(applications).singleElement().satisfies(a -> {
			assertThat(a.getAmount()).isEqualByComparingTo("40000");
			assertThat(a.getServiceAreaId()).isEqualTo(org.serviceAreaId());
			assertThat(a.getApplicantId()).isEqualTo(org.areaEditor().id());
		});
		assertThat(audit(org)).contains("prioritisation.funding-applied");
	}

	@Test
	void anApplicationCanCreateItsProjectAsAProposal() throws Exception {
		var org = data.organisation();
		var call = fixtures.openCall(org, "Kevään haku", 100_000, fixtures.criterion(org, "Sopivuus", 100));

		mvc.perform(post("/funding-calls/" + call.getId() + "/applications").with(csrf())
			.param("projectId", "").param("newTitle", "Koulujen tabletit")
			.param("newServiceAreaId", org.otherServiceAreaId().toString()).param("amount", "20 000")
			.param("justification", "Oppimisen tueksi").with(org.areaEditor().signedIn()))
			.andExpect(status().isOk());
		assertThat(calls.applications(org.id(), call.getId())).isEmpty();

		mvc.perform(post("/funding-calls/" + call.getId() + "/applications").with(csrf())
			.param("projectId", "").param("newTitle", "Koulujen tabletit")
			.param("newServiceAreaId", org.serviceAreaId().toString()).param("newGoalId", org.goalId().toString())
			.param("newDescription", "Tabletit kouluille")
			.param("amount", "20 000").param("justification", "Oppimisen tueksi").with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection());

		var application = calls.applications(org.id(), call.getId()).getFirst();
		var project = projects.get(org.id(), application.getProjectId());
		assertThat(project.getTitle()).isEqualTo("Koulujen tabletit");
		assertThat(project.getStatus()).isEqualTo(Status.PROPOSAL);
		assertThat(project.getServiceAreaId()).isEqualTo(org.serviceAreaId());
	}

	@Test
	void evaluatorsScoreApplicationsAndEveryScoreIsKept() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 60);
		var risk = fixtures.criterion(org, "Riskien pienentäminen", 40);
		var call = fixtures.openCall(org, "Kevään haku", 100_000, fit, risk);
		var application = calls.apply(org.areaEditor().asUser(), call.getId(), data.project(org, "Hanke").getId(),
				new BigDecimal("30000"), "Perustelu");
		String url = "/funding-calls/" + call.getId() + "/applications/" + application.getId();

		mvc.perform(post(url + "/scores").with(csrf()).with(org.areaEditor().signedIn())
			.param("levels[0].criterionId", fit.getId().toString()).param("levels[0].level", "3")
			.param("levels[1].criterionId", risk.getId().toString()).param("levels[1].level", "3"))
			.andExpect(status().isForbidden());
		String missing = page(mvc.perform(post(url + "/scores").with(csrf()).with(org.itManager().signedIn())
			.param("levels[0].criterionId", fit.getId().toString()).param("levels[0].level", "3")
			.param("levels[1].criterionId", risk.getId().toString())).andExpect(status().isOk()));
		assertThat(missing).contains("Valitse taso.");
		score(org, url, fit.getId(), "1", risk.getId(), "3", "Ensimmäinen arvio");
		score(org, url, fit.getId(), "3", risk.getId(), "3", "Uusi tieto");

		var sheet = scores.sheet(org.id(), call.getId(), application.getId());
		assertThat(sheet.history()).hasSize(2);
		assertThat(sheet.history().getFirst().lines()).anySatisfy(line -> assertThat(line.changed()).isTrue());
		assertThat(sheet.weightedScore()).isCloseTo(100.0, within(0.01));
		assertThat(page(mvc.perform(get(url).with(org.viewer().signedIn())))).contains("Uusi tieto").contains("Ensimmäinen arvio");
		assertThat(audit(org)).contains("prioritisation.funding-application-scored");
	}

	@Test
	void selectsTheBestThatFitRecordsTheResultsAndShowsThemToTheApplicants() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.openCall(org, "Poikkihallinnollinen haku", 100_000, fit);
		var big = applyWith(org, call, "Iso hanke", "70000", fit.getId(), 3);
		var second = applyWith(org, call, "Toinen hanke", "50000", fit.getId(), 2);
		var small = applyWith(org, call, "Pieni hanke", "20000", fit.getId(), 1);
		var excluded = applyWith(org, call, "Hylättävä hanke", "5000", fit.getId(), 3);
		String base = "/funding-calls/" + call.getId();

		String noReason = page(mvc.perform(post(base + "/applications/" + excluded.getId() + "/override").with(csrf())
			.with(org.itManager().signedIn()).param("choice", "EXCLUDE").param("explanation", "")
			.param("version", version(org, call, excluded))).andExpect(status().isOk()));
		assertThat(noReason).contains("Kirjaa perustelu, kun poikkeat pistejärjestyksestä.");
		mvc.perform(post(base + "/applications/" + excluded.getId() + "/override").with(csrf())
			.with(org.itManager().signedIn()).param("choice", "EXCLUDE").param("explanation", "Rahoitettu jo muualta")
			.param("version", version(org, call, excluded))).andExpect(status().is3xxRedirection());

		var selection = decisions.selection(calls.get(org.id(), call.getId()));
		assertThat(selection.lines().stream().filter(FundingSelection.Line::selected).map(l -> l.candidate().applicationId()))
			.containsExactlyInAnyOrder(big.getId(), small.getId());
		assertThat(selection.remainder()).isEqualByComparingTo("10000");

		mvc.perform(result(base).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(calls.get(org.id(), call.getId()).getStatus()).isEqualTo(FundingCallStatus.OPEN);
		calls.move(org.itManager().asUser(), call.getId(), FundingCallStatus.CLOSED);
		mvc.perform(result(base).with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(result(base).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		var decided = calls.get(org.id(), call.getId());
		assertThat(decided.getStatus()).isEqualTo(FundingCallStatus.DECIDED);
		assertThat(decided.getDecidedOn()).hasToString("2026-05-20");
		assertThat(calls.application(org.id(), call.getId(), big.getId()).getGrantedAmount()).isEqualByComparingTo("70000");
		assertThat(calls.application(org.id(), call.getId(), second.getId()).getGranted()).isFalse();
		String result = page(mvc.perform(get(base + "/applications/" + small.getId()).with(org.areaEditor().signedIn())));
		assertThat(result).contains("Myönnetty 20 000 € (20.5.2026)");
		String callPage = page(mvc.perform(get(base).with(org.areaEditor().signedIn())));
		assertThat(callPage).contains("Ei myönnetty").contains("Päätetty");
		assertThat(Jsoup.parse(callPage).text()).as("the status and its date say decided once")
			.contains("Päätetty 20.5.2026")
			.doesNotContainIgnoringCase("päätetty päätetty");
		assertThat(score(org, base + "/applications/" + small.getId(), fit.getId(), "3", null, null, "Myöhästynyt"))
			.as("a decided call takes no more scores").isEqualTo("409");
		assertThat(audit(org)).contains("prioritisation.funding-selection-overridden", "prioritisation.funding-call-decided");
	}

	@Test
	void anApplicationNobodyScoredIsGrantedNothingUnlessIncludedWithAReasonShownOnItsPage() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.openCall(org, "Pienten hankkeiden haku", 100_000, fit);
		var scored = applyWith(org, call, "Pisteytetty hanke", "40000", fit.getId(), 2);
		var unscored = calls.apply(org.areaEditor().asUser(), call.getId(), data.project(org, "Pisteyttämätön hanke").getId(),
				new BigDecimal("30000"), "Perustelu");
		var late = calls.apply(org.areaEditor().asUser(), call.getId(), data.project(org, "Myöhäinen hanke").getId(),
				new BigDecimal("10000"), "Perustelu");
		String base = "/funding-calls/" + call.getId();

		assertThat(page(mvc.perform(get(base).with(org.viewer().signedIn())))).contains("Ei pisteytetty, ei valita");
		mvc.perform(post(base + "/applications/" + late.getId() + "/override").with(csrf())
			.with(org.itManager().signedIn()).param("choice", "INCLUDE")
			.param("explanation", "Lakisääteinen velvoite, arvioidaan jälkikäteen")
			.param("version", version(org, call, late))).andExpect(status().is3xxRedirection());
		calls.move(org.itManager().asUser(), call.getId(), FundingCallStatus.CLOSED);
		mvc.perform(result(base).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(calls.application(org.id(), call.getId(), unscored.getId()).getGranted()).isFalse();
		assertThat(calls.application(org.id(), call.getId(), scored.getId()).getGranted()).isTrue();
		assertThat(calls.application(org.id(), call.getId(), late.getId()).getGrantedAmount()).isEqualByComparingTo("10000");
		assertThat(page(mvc.perform(get(base + "/applications/" + late.getId()).with(org.areaEditor().signedIn()))))
			.contains("Lakisääteinen velvoite, arvioidaan jälkikäteen");
	}

	@Test
	void theResultNamesTheBodyDateSectionAndDiaryNumberAndTheGrantReachesTheCard() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.openCall(org, "Kevään digihaku", 100_000, fit);
		var granted = applyWith(org, call, "Digitaalinen asiointi", "60000", fit.getId(), 3);
		var refused = applyWith(org, call, "Liian iso hanke", "70000", fit.getId(), 1);
		calls.move(org.itManager().asUser(), call.getId(), FundingCallStatus.CLOSED);
		String base = "/funding-calls/" + call.getId();

		String missing = page(mvc.perform(post(base + "/decision").with(csrf()).with(org.itManager().signedIn())
			.param("decidedOn", "2026-05-20").param("bodyName", "").param("section", "").param("diaryNumber", "KUU/1/2026"))
			.andExpect(status().isOk()));
		assertThat(missing).contains("id=\"bodyName-error\"").contains("id=\"section-error\"")
			.contains("Valitse toimielin tai kirjoita päättäjä.").contains("value=\"KUU/1/2026\"");
		assertThat(calls.get(org.id(), call.getId()).getStatus()).isEqualTo(FundingCallStatus.CLOSED);

		mvc.perform(result(base).with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var decided = calls.get(org.id(), call.getId());
		assertThat(decided.result()).isEqualTo(new FundingResult(null, "Kaupunginhallitus",
				java.time.LocalDate.of(2026, 5, 20), "§ 112", "KUU/512/02.02.00/2026"));
		assertThat(page(mvc.perform(get(base).with(org.viewer().signedIn()))))
			.contains("Kaupunginhallitus 20.5.2026 § 112, dnro KUU/512/02.02.00/2026");

		var project = calls.application(org.id(), call.getId(), granted.getId()).getProjectId();
		String card = page(mvc.perform(get("/projects/" + project).with(org.viewer().signedIn())));
		assertThat(card).contains("Rahoitusta myönnetty 60 000 € hakukierrokselta Kevään digihaku: "
				+ "Kaupunginhallitus 20.5.2026 § 112, dnro KUU/512/02.02.00/2026")
			.contains(base + "/applications/" + granted.getId());
		assertThat(page(mvc.perform(get("/projects/" + project + "/history").with(org.viewer().signedIn()))))
			.contains("Rahoitusta myönnetty 60 000 € hakukierrokselta Kevään digihaku");
		var other = calls.application(org.id(), call.getId(), refused.getId()).getProjectId();
		assertThat(page(mvc.perform(get("/projects/" + other).with(org.viewer().signedIn()))))
			.contains("Rahoitusta ei myönnetty hakukierrokselta Kevään digihaku: Kaupunginhallitus 20.5.2026 § 112");
	}

	@Test
	void closingACallBeforeItsDeadlineAsksFirst() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.openCall(org, "Syksyn haku", 100_000, fit);
		applyWith(org, call, "Kirjaston omatoimiaukiolo", "30000", fit.getId(), 2);
		String status = "/funding-calls/" + call.getId() + "/status";

		String ask = page(mvc.perform(post(status).with(csrf()).with(org.itManager().signedIn()).param("to", "CLOSED"))
			.andExpect(status().isOk()));
		assertThat(ask).contains("Suljetaanko hakukierros Syksyn haku ennen määräaikaa?")
			.contains("Hakemuksia on yksi").contains("name=\"early\" value=\"true\"");
		assertThat(calls.get(org.id(), call.getId()).getStatus()).isEqualTo(FundingCallStatus.OPEN);

		mvc.perform(post(status).with(csrf()).with(org.itManager().signedIn()).param("to", "CLOSED").param("early", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(calls.get(org.id(), call.getId()).getStatus()).isEqualTo(FundingCallStatus.CLOSED);
		// Opening it again needs no confirmation.
		mvc.perform(post(status).with(csrf()).with(org.itManager().signedIn()).param("to", "OPEN"))
			.andExpect(status().is3xxRedirection());
		assertThat(calls.get(org.id(), call.getId()).getStatus()).isEqualTo(FundingCallStatus.OPEN);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder result(String base) {
		return post(base + "/decision").with(csrf()).param("decidedOn", "2026-05-20").param("bodyName", "Kaupunginhallitus")
			.param("section", "§ 112").param("diaryNumber", "KUU/512/02.02.00/2026");
	}

	@Test
	void anOverrideSavedMeanwhileIsShownAndTheTypedChoiceKept() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.openCall(org, "Syksyn haku", 100_000, fit);
		var application = applyWith(org, call, "Kirjaston omatoimiaukiolo", "30000", fit.getId(), 2);
		String seen = version(org, call, application);
		String url = "/funding-calls/" + call.getId() + "/applications/" + application.getId() + "/override";

		decisions.override(org.itManager().asUser(), call.getId(), application.getId(), SelectionOverride.INCLUDE,
				"Valtuuston talousarvioraami edellyttää", Long.parseLong(seen));
		String stale = page(mvc.perform(post(url).with(csrf()).with(org.itManager().signedIn()).param("choice", "EXCLUDE")
			.param("explanation", "Rahoitetaan kirjaston omasta budjetista").param("version", seen))
			.andExpect(status().isOk()));

		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("<p class=\"merge-value\">Otetaan mukaan joka tapauksessa</p>")
			.contains("<p class=\"merge-value\">Valtuuston talousarvioraami edellyttää</p>")
			.contains("Rahoitetaan kirjaston omasta budjetista")
			.containsPattern("id=\"choice-EXCLUDE\"[^>]*checked");
		var kept = calls.application(org.id(), call.getId(), application.getId());
		assertThat(kept.getOverride()).as("nothing written over the other choice").isEqualTo(SelectionOverride.INCLUDE);
		assertThat(stale).contains("name=\"version\" value=\"" + kept.getVersion() + "\"");

		mvc.perform(post(url).with(csrf()).with(org.itManager().signedIn()).param("choice", "EXCLUDE")
			.param("explanation", "Rahoitetaan kirjaston omasta budjetista").param("version", version(org, call, application)))
			.andExpect(status().is3xxRedirection());
		assertThat(calls.application(org.id(), call.getId(), application.getId()).getOverride())
			.isEqualTo(SelectionOverride.EXCLUDE);
	}

	@Test
	void anOverrideSavedMeanwhileIsMergedWithMineAndAReasonBothChangedWaitsForAChoice() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.openCall(org, "Kevään haku", 100_000, fit);
		var application = applyWith(org, call, "Kirjaston omatoimiaukiolo", "30000", fit.getId(), 2);
		decisions.override(org.itManager().asUser(), call.getId(), application.getId(), SelectionOverride.INCLUDE,
				"Talousarvio edellyttää", Long.parseLong(version(org, call, application)));
		String at = "/funding-calls/" + call.getId() + "/applications/" + application.getId();
		var colleague = org.itManager().signedIn();
		var me = org.itManager().signedIn();

		var theirs = PostedForm.read(mvc, at, at + "/override", colleague);
		var mine = PostedForm.read(mvc, at, at + "/override", me);
		theirs.with("explanation", "Valtuuston talousarvioraami edellyttää").postSaving(mvc, colleague);
		String merged = mine.with("choice", "EXCLUDE").postShowingPage(mvc, me);

		assertThat(merged).contains("Toisen tallennuksesta otettiin yksi kenttä; yksikään kenttä ei vaadi valintaasi.");
		var form = PostedForm.on(merged, at + "/override");
		assertThat(form.value("choice")).as("my choice is kept").isEqualTo("EXCLUDE");
		assertThat(form.value("explanation")).as("their reason is taken").isEqualTo("Valtuuston talousarvioraami edellyttää");
		assertThat(calls.application(org.id(), call.getId(), application.getId()).getOverride())
			.as("nothing saved on a stale view").isEqualTo(SelectionOverride.INCLUDE);
		form.postSaving(mvc, me);
		var saved = calls.application(org.id(), call.getId(), application.getId());
		assertThat(saved.getOverride()).isEqualTo(SelectionOverride.EXCLUDE);
		assertThat(saved.getOverrideReason()).isEqualTo("Valtuuston talousarvioraami edellyttää");

		theirs = PostedForm.read(mvc, at, at + "/override", colleague);
		mine = PostedForm.read(mvc, at, at + "/override", me);
		theirs.with("explanation", "Toisen perustelu").postSaving(mvc, colleague);
		String asked = mine.with("explanation", "Minun perusteluni").postShowingPage(mvc, me);
		assertThat(asked).contains("yksi kenttä vaatii valintasi").contains("name=\"merge.choice.explanation\"");
		String unchosen = PostedForm.on(asked, at + "/override").postShowingPage(mvc, me);
		assertThat(unchosen).contains("Valitse, pidätkö oman arvosi vai otatko toisen tallentaman.");
		PostedForm.on(unchosen, at + "/override").with("merge.choice.explanation", "mine").postSaving(mvc, me);
		assertThat(calls.application(org.id(), call.getId(), application.getId()).getOverrideReason())
			.isEqualTo("Minun perusteluni");
	}

	private String version(Org org, FundingCall call, FundingApplication application) {
		return String.valueOf(calls.application(org.id(), call.getId(), application.getId()).getVersion());
	}

	private FundingApplication applyWith(Org org, FundingCall call, String title, String amount, UUID criterion,
			int level) {
		var application = calls.apply(org.areaEditor().asUser(), call.getId(), data.project(org, title).getId(),
				new BigDecimal(amount), "Perustelu " + title);
		scores.score(org.itManager().asUser(), call.getId(), application.getId(), Map.of(criterion, level), "");
		return application;
	}

	private String score(Org org, String url, UUID first, String firstLevel, UUID second, String secondLevel,
			String reason) throws Exception {
		var request = post(url + "/scores").with(csrf()).with(org.itManager().signedIn())
			.param("levels[0].criterionId", first.toString()).param("levels[0].level", firstLevel).param("reason", reason);
		if (second != null) {
			request.param("levels[1].criterionId", second.toString()).param("levels[1].level", secondLevel);
		}
		return String.valueOf(mvc.perform(request).andReturn().getResponse().getStatus());
	}

	private org.springframework.test.web.servlet.ResultActions apply(TestData.Person person, UUID callId,
			UUID projectId, String amount) throws Exception {
		return mvc.perform(post("/funding-calls/" + callId + "/applications").with(csrf()).with(person.signedIn())
			.param("projectId", projectId.toString()).param("amount", amount).param("justification", "Tarvitaan"));
	}

	private fi.ohjaamo.portfolio.Project project(Org org, String title, UUID serviceArea) {
		var c = data.card(org, title);
		return projects.create(org.itManager().asUser(),
				c.toBuilder().title(title).serviceAreaId(serviceArea).unitId(null).build());
	}

	private static String page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private List<String> audit(Org org) {
		return jdbc.sql("select action from audit_entry where organisation_id = :org").param("org", org.id())
			.query(String.class).list();
	}

}
