package fi.ohjaamo.prioritisation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evaluators score projects on the active criteria, every score is kept, and the ranking puts mandatory projects
 * above the line, the others by weighted score and the unscored last.
 */
@IntegrationTest
class ScoringAndRankingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Criteria criteria;

	@Autowired
	Scores scores;

	@Autowired
	RankingQuery ranking;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	PrioritisationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PrioritisationFixtures(data, projects, criteria);
	}

	@Test
	void severalEvaluatorsScoreAndEveryScoreIsKeptWithWhatChanged() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 60);
		var risk = fixtures.fivePointCriterion(org, "Riskien pienentäminen", 40);
		var project = fixtures.project(org, "Asianhallinnan uusiminen", Status.PROPOSAL, Obligation.SELECTED, "3.1");
		var second = data.person(org.id(), org.name(), "Toinen Arvioija", Role.IT_MANAGEMENT, null);

		score(org.itManager(), project.getId(), fit, "1", risk, "3", "Ensimmäinen arvio");
		score(second, project.getId(), fit, "3", risk, "5", "");
		score(org.itManager(), project.getId(), fit, "2", risk, "3", "Tuki päättyy aiemmin");

		var sheet = scores.sheet(org.id(), project.getId());
		assertThat(sheet.history()).hasSize(3);
		assertThat(sheet.evaluators()).hasSize(2);
		assertThat(sheet.meanOn(fit.getId())).isEqualTo(2.5);
		assertThat(sheet.meanOn(risk.getId())).isEqualTo(4.0);
		// 60 × 2.5/3 + 40 × (4 − 1)/4 = 50 + 30
		assertThat(sheet.weightedScore()).isCloseTo(80.0, within(0.001));
		assertThat(jdbc.sql("select count(*) from project_score where project_id = :p").param("p", project.getId())
			.query(Integer.class).single()).isEqualTo(6);

		String page = page(get("/projects/{id}/scores", project.getId()), org.viewer());
		assertThat(page).contains("Painotettu pistemäärä 80,0 / 100 (2 arvioijaa)").contains("Iida IT")
			.contains("Toinen Arvioija").contains("2,5").contains("Strateginen sopivuus: 2 (aiemmin 1)")
			.contains("Tuki päättyy aiemmin").contains("Ensimmäinen arvio").doesNotContain("Omat pisteesi");
		assertThat(page(get("/projects/{id}/scores", project.getId()), org.itManager())).contains("Omat pisteesi")
			.contains("0 – Ei lainkaan").contains("5 – Kriittinen");
		assertThat(page(get("/admin/audit"), org.administrator())).contains("Projekti pisteytettiin")
			.contains("Asianhallinnan uusiminen: Strateginen sopivuus 2, Riskien pienentäminen 3");
	}

	@Test
	void aMissingOrImpossibleLevelIsShownNextToItsCriterionAndNothingIsSaved() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 60);
		var risk = fixtures.fivePointCriterion(org, "Riskien pienentäminen", 40);
		var project = fixtures.project(org, "Verkon uusiminen", Status.IDEA, Obligation.SELECTED, "1.1");
		var request = post("/projects/{id}/scores", project.getId()).with(csrf())
			.param("levels[0].criterionId", fit.getId().toString())
			.param("levels[1].criterionId", risk.getId().toString()).param("levels[1].level", "9")
			.param("reason", "Perustelu säilyy");
		String page = page(request, org.itManager());
		assertThat(page).contains("id=\"levels-0-level-error\"").contains("Valitse taso.")
			.contains("id=\"levels-1-level-error\"").contains("Valitse jokin asteikon tasoista.")
			.contains("Perustelu säilyy");
		assertThat(scores.sheet(org.id(), project.getId()).history()).isEmpty();
	}

	@Test
	void onlyItManagementScoresAndAnotherOrganisationsProjectIsNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var fit = fixtures.criterion(mine, "Strateginen sopivuus", 100);
		var own = fixtures.project(mine, "Oma hanke", Status.IDEA, Obligation.SELECTED, "1.1");
		var their = fixtures.project(theirs, "Heidän hankkeensa", Status.IDEA, Obligation.SELECTED, "1.1");
		mvc.perform(scoreRequest(own.getId(), fit, "2").with(mine.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(scoreRequest(own.getId(), fit, "2").with(mine.areaEditor().signedIn()))
			.andExpect(status().isForbidden());
		for (UUID id : new UUID[] { their.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/projects/{id}/scores", id).with(mine.viewer().signedIn())).andExpect(status().isNotFound());
			mvc.perform(scoreRequest(id, fit, "2").with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		assertThat(scores.sheet(mine.id(), own.getId()).history()).isEmpty();
		assertThat(scores.sheet(theirs.id(), their.getId()).history()).isEmpty();
		assertThat(page(get("/projects/ranking"), mine.viewer())).doesNotContain("Heidän hankkeensa");
	}

	@Test
	void mandatoryProjectsStayAboveTheLineThenByScoreAndUnscoredLast() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 70);
		var urgency = fixtures.criterion(org, "Kiireellisyys", 30);
		var low = fixtures.project(org, "Pakollinen mutta vähäpisteinen", Status.APPROVED, Obligation.MANDATORY, "1.2");
		var high = fixtures.project(org, "Korkeat pisteet", Status.PROPOSAL, Obligation.SELECTED, "2.1");
		var middle = fixtures.project(org, "Keskinkertainen", Status.IN_PROGRESS, Obligation.SELECTED, "2.2");
		var unscored = fixtures.project(org, "Pisteyttämätön", Status.IDEA, Obligation.SELECTED, "1.1");
		var unscoredMandatory = fixtures.project(org, "Pakollinen pisteyttämätön", Status.IDEA, Obligation.MANDATORY, "1.3");
		fixtures.project(org, "Valmis hanke", Status.DONE, Obligation.SELECTED, "9.1");
		fixtures.project(org, "Peruttu hanke", Status.CANCELLED, Obligation.MANDATORY, "9.2");
		var tiina = org.itManager().asUser();
		scores.score(tiina, low.getId(), Map.of(fit.getId(), 0, urgency.getId(), 0), "");
		scores.score(tiina, high.getId(), Map.of(fit.getId(), 3, urgency.getId(), 2), "");
		scores.score(tiina, middle.getId(), Map.of(fit.getId(), 1, urgency.getId(), 3), "");

		var rows = ranking.rank(org.id(), RankingFilter.ALL);
		assertThat(rows).extracting(RankingRow::title).containsExactly("Pakollinen mutta vähäpisteinen",
				"Pakollinen pisteyttämätön", "Korkeat pisteet", "Keskinkertainen", "Pisteyttämätön");
		// 70 × 3/3 + 30 × 2/3 = 90; 70 × 1/3 + 30 × 3/3 ≈ 53.3
		assertThat(rows.get(2).score()).isCloseTo(90.0, within(0.001));
		assertThat(rows.get(3).score()).isCloseTo(53.333, within(0.001));
		assertThat(rows.get(4).scored()).isFalse();
		assertThat(rows.get(2).score()).isEqualTo(scores.sheet(org.id(), high.getId()).weightedScore());
		assertThat(ranking.rank(org.id(), new RankingFilter(null, Status.PROPOSAL))).extracting(RankingRow::title)
			.containsExactly("Korkeat pisteet");

		String page = page(get("/projects/ranking"), org.viewer());
		assertThat(page).contains("5 keskeneräistä projektia, joista 2 pakollista.")
			.contains("Rajan yläpuolella pistemäärästä riippumatta: pakolliset projektit (2)")
			.contains("Ei pisteytetty").contains("90,0").contains("53,3")
			.contains("data-values=\"90.0,53.3,0.0\"").doesNotContain("Valmis hanke").doesNotContain("Peruttu hanke")
			.doesNotContain("eivät 100 %");
		assertThat(page.indexOf(">Pakollinen pisteyttämätön</a>")).isPositive().isLessThan(page.indexOf(">Korkeat pisteet</a>"));
	}

	@Test
	void aLongRankingIsShownAHundredPlacesAtATimeWithTheFilterKeptFromPageToPage() throws Exception {
		var org = data.organisation();
		fixtures.criterion(org, "Strateginen sopivuus", 100);
		for (int i = 1; i <= 101; i++) {
			fixtures.project(org, "Ehdotus " + i, Status.PROPOSAL, Obligation.SELECTED, "2." + i);
		}
		fixtures.project(org, "Idea, ei ehdotus", Status.IDEA, Obligation.SELECTED, "3.1");

		// In the address, as a browser sends it: the pager keeps the query string's filters.
		String first = page(get("/projects/ranking?status=PROPOSAL"), org.viewer());
		assertThat(first).contains("101 keskeneräistä projektia").contains(">Ehdotus 1</a>").contains(">Ehdotus 100</a>")
			.doesNotContain(">Ehdotus 101</a>").contains("Sivu 1 / 2: sijat 1–100")
			.contains("/projects/ranking?status=PROPOSAL&page=2");
		String second = page(get("/projects/ranking?status=PROPOSAL&page=2"), org.viewer());
		assertThat(second).contains(">Ehdotus 101</a>").doesNotContain(">Ehdotus 100</a>")
			.contains("Sivu 2 / 2: sijat 101–101").doesNotContain("Idea, ei ehdotus");
	}

	@Test
	void onlyOpenProjectsAreRankedNotRejectedOnesEvenWhenAskedFor() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var open = fixtures.project(org, "Avoin hanke", Status.ASSESSED, Obligation.SELECTED, "2.1");
		var rejected = fixtures.project(org, "Hylätty hanke", Status.REJECTED, Obligation.MANDATORY, "2.2");
		var tiina = org.itManager().asUser();
		scores.score(tiina, open.getId(), Map.of(fit.getId(), 1), "");
		scores.score(tiina, rejected.getId(), Map.of(fit.getId(), 3), "");

		assertThat(ranking.rank(org.id(), RankingFilter.ALL)).extracting(RankingRow::title).containsExactly("Avoin hanke");
		assertThat(ranking.rank(org.id(), new RankingFilter(null, Status.REJECTED))).extracting(RankingRow::title)
			.containsExactly("Avoin hanke");
		String page = page(get("/projects/ranking").param("status", "REJECTED"), org.viewer());
		assertThat(page).doesNotContain("Hylätty hanke").contains("Yksi keskeneräinen projekti")
			.contains("Hylättyjä, valmiita ja peruttuja projekteja ei järjestetä.");
	}

	@Test
	void theRankingSaysWhenTheWeightsDoNotAddUpAndARetiredCriterionKeepsItsScores() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 60);
		var urgency = fixtures.criterion(org, "Kiireellisyys", 30);
		var project = fixtures.project(org, "Tietovarasto", Status.PROPOSAL, Obligation.SELECTED, "2.1");
		scores.score(org.itManager().asUser(), project.getId(), Map.of(fit.getId(), 3, urgency.getId(), 0), "");
		String page = page(get("/projects/ranking"), org.viewer());
		assertThat(page).contains("Kriteerien painot ovat yhteensä 90 %, eivät 100 %.").contains("66,7");

		criteria.redefine(org.itManager().asUser(), urgency.getId(), new CriterionDefinition("Kiireellisyys", "", 30, 0,
				List.of("Ei", "Vähän", "Selvästi", "Ratkaisevasti"), false), urgency.getVersion());
		var sheet = scores.sheet(org.id(), project.getId());
		assertThat(sheet.weightedScore()).isCloseTo(100.0, within(0.001));
		assertThat(sheet.history().getFirst().lines()).extracting(l -> l.criterion().getName())
			.containsExactly("Strateginen sopivuus", "Kiireellisyys");
		assertThat(page(get("/projects/{id}/scores", project.getId()), org.viewer()))
			.contains("Kiireellisyys: 0").contains("Poistettu käytöstä");
		assertThat(ranking.rank(org.id(), RankingFilter.ALL).getFirst().score())
			.isCloseTo(100.0, within(0.001));
	}

	private void score(TestData.Person person, UUID projectId, Criterion first, String firstLevel, Criterion second,
			String secondLevel, String reason) throws Exception {
		mvc.perform(post("/projects/{id}/scores", projectId).with(csrf())
			.param("levels[0].criterionId", first.getId().toString()).param("levels[0].level", firstLevel)
			.param("levels[1].criterionId", second.getId().toString()).param("levels[1].level", secondLevel)
			.param("reason", reason)
			.with(person.signedIn())).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder scoreRequest(UUID projectId, Criterion criterion, String level) {
		return post("/projects/{id}/scores", projectId).with(csrf())
			.param("levels[0].criterionId", criterion.getId().toString()).param("levels[0].level", level);
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
