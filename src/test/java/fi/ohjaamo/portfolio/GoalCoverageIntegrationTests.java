package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.YearCosts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fi.ohjaamo.ServingCards.oneOff;
import static fi.ohjaamo.ServingCards.recurring;
import static fi.ohjaamo.ServingCards.serving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class GoalCoverageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Actions actions;

	@Autowired
	GoalCoverageQuery coverage;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsEachGoalsProjectsAndCostsAndTheGoalsLeftWithout() throws Exception {
		var org = data.organisation();
		var uncovered = goals.add(org.id(), "Tekoälyn hyödyntäminen");
		data.project(org, "Palvelee tavoitetta");
		var cancelled = data.project(org, "Peruttu hanke");
		projects.revise(org.itManager().asUser(), cancelled.getId(), withStatus(cancelled.card(), Status.CANCELLED), 1);
		var c = data.card(org, "Palvelinten elinkaari");
		projects.create(org.itManager().asUser(), c.toBuilder()
			.kind(ProjectKind.LIFECYCLE_UPDATE)
			.noStrategicGoal(true)
			.costs(List.of(new CostLine(CostKind.RECURRING, 2025, null, new BigDecimal("3000"), null, false,
					Vat.EXCLUDED, "")))
			.build());

		var result = coverage.of(org.id());

		var served = result.goals().stream().filter(g -> g.goal().id().equals(org.goalId())).findFirst().orElseThrow();
		assertThat(served.projects()).as("the cancelled project is left out").isEqualTo(1);
		assertThat(served.oneOff().min()).isEqualByComparingTo("10000");
		assertThat(served.oneOff().max()).isEqualByComparingTo("20000");
		var empty = result.goals().stream().filter(g -> g.goal().id().equals(uncovered.id())).findFirst().orElseThrow();
		assertThat(empty.uncovered()).isTrue();
		assertThat(result.uncoveredGoals()).isEqualTo(1);
		assertThat(result.lifecycleUpdates()).isEqualTo(1);
		assertThat(result.withoutGoal()).isEmpty();

		String page = mvc.perform(get("/projects/coverage").with(org.viewer().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ProjectFormIntegrationTests.readable(page)).contains("Tekoälyn hyödyntäminen")
			.contains("Ei projekteja")
			.contains("Yhdellä tavoitteella ei ole yhtään projektia.")
			.contains("/projects?goal=" + org.goalId())
			.contains("/strategy/goals/" + uncovered.id())
			.contains("Elinkaaripäivityksiä ilman strategista tavoitetta: 1")
			.contains("Jokainen projekti palvelee jotakin tavoitetta tai on merkitty elinkaaripäivitykseksi.");
	}

	@Test
	void listsTheGapsBothWaysAndCostsPerGoalPerYear() throws Exception {
		var org = data.organisation();
		var user = org.itManager().asUser();
		var actionOnly = goals.add(org.id(), "Tiedolla johtaminen");
		var neither = goals.add(org.id(), "Seudullinen yhteistyö");
		var both = goals.add(org.id(), "Tietoturva");
		actions.add(org.id(), actionOnly.id(), "Nimetään tietovarannoille omistajat.", ActionResponsible.role("johto"),
				"2026", ActionStatus.NOT_STARTED, "");
		actions.add(org.id(), both.id(), "Harjoitellaan palautumista.", ActionResponsible.role("tietohallinto"), "2026",
				ActionStatus.IN_PROGRESS, "");
		// The goal of the organisation's fixture gets projects but no action.
		projects.create(user, serving(data.card(org, "Asiointipalvelu"), "1.1", Status.IN_PROGRESS,
				List.of(org.goalId(), both.id()), oneOff(2025, "10000"), recurring(2026, null, "2000")));
		projects.create(user, serving(data.card(org, "Lokienhallinta"), "1.2", Status.APPROVED, List.of(both.id()),
				oneOff(2027, "4000", "6000")));
		var orphan = projects.create(user, serving(data.card(org, "Vanha kortti"), "9.1", Status.IDEA,
				List.of(org.goalId()), oneOff(2025, "1")));
		// A card from before goals were required, or one whose every goal was since removed, serves no goal.
		jdbc.sql("delete from project_goal where project_id = :id").param("id", orphan.getId()).update();

		var result = coverage.of(org.id());

		assertThat(result.withNeither()).extracting(g -> g.goal().name()).containsExactly("Seudullinen yhteistyö");
		assertThat(result.withoutProjects()).extracting(g -> g.goal().name()).containsExactly("Tiedolla johtaminen");
		assertThat(result.withoutActions()).extracting(g -> g.goal().id()).containsExactly(org.goalId());
		assertThat(result.withoutGoal()).extracting(GoalCoverage.ProjectLink::title).containsExactly("Vanha kortti");
		assertThat(result.years()).containsExactly(2025, 2026, 2027);
		var security = result.goals().stream().filter(g -> g.goal().id().equals(both.id())).findFirst().orElseThrow();
		assertThat(security.projects()).isEqualTo(2);
		assertThat(security.actions()).isEqualTo(1);
		assertThat(security.years()).extracting(YearCosts::year).containsExactly(2025, 2026, 2027);
		assertThat(security.years().get(0).oneOff().min()).isEqualByComparingTo("10000");
		assertThat(security.years().get(0).recurring().any()).isFalse();
		assertThat(security.years().get(1).recurring().min()).as("open-ended, from 2026").isEqualByComparingTo("2000");
		assertThat(security.years().get(2).recurring().min()).isEqualByComparingTo("2000");
		assertThat(security.years().get(2).oneOff().min()).isEqualByComparingTo("4000");
		assertThat(security.years().get(2).oneOff().max()).isEqualByComparingTo("6000");
		var served = result.goals().stream().filter(g -> g.goal().id().equals(org.goalId())).findFirst().orElseThrow();
		assertThat(served.years().get(2).oneOff().any()).as("the other goal's project is not counted here").isFalse();

		String page = ProjectFormIntegrationTests.readable(mvc.perform(get("/projects/coverage")
			.with(org.viewer().signedIn())).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Ei projekteja eikä toimenpiteitä", "Toimenpiteitä mutta ei projekteja",
				"Projekteja mutta ei toimenpiteitä")
			.contains("/strategy/goals/" + neither.id(), "/strategy/goals/" + actionOnly.id())
			.contains("/projects/" + orphan.getId(), "9.1 Vanha kortti")
			.contains("Kustannukset tavoitteittain ja vuosittain", "<th scope=\"col\" class=\"num\">2027</th>")
			.contains("4 000–6 000 €", "2 000 €", "10 000 €")
			.contains("lasketaan jokaisen tavoitteensa kohdalle");
	}

	private static ProjectCard withStatus(ProjectCard c, Status status) {
		return c.toBuilder().status(status).build();
	}

}
