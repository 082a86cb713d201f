package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.StrategicGoals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
	GoalCoverageQuery coverage;

	@Test
	void showsEachGoalsProjectsAndCostsAndTheGoalsLeftWithout() throws Exception {
		var org = data.organisation();
		var uncovered = goals.add(org.id(), "Tekoälyn hyödyntäminen");
		data.project(org, "Palvelee tavoitetta");
		var cancelled = data.project(org, "Peruttu hanke");
		projects.revise(org.itManager().asUser(), cancelled.getId(), withStatus(cancelled.card(), Status.CANCELLED), 1);
		var c = data.card(org, "Palvelinten elinkaari");
		projects.create(org.itManager().asUser(), new ProjectCard(c.title(), c.number(), c.category(),
				c.serviceAreaId(), c.unitId(), c.obligation(), ProjectKind.LIFECYCLE_UPDATE, c.status(), c.visibility(),
				null, c.description(), c.impactSummary(), c.impactOrganisation(), c.impactSecurity(), c.impactData(),
				c.impactCaseManagement(), List.of(), true, c.scheduleStart(), c.scheduleEnd(), "", c.likelihood(), "",
				c.priority(), c.scheduleOwner(), List.of(new CostLine(CostKind.RECURRING, 2025, null,
						new BigDecimal("3000"), null, false, Vat.EXCLUDED, "")), "", List.of(), ""));

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
			.contains("Elinkaaripäivityksiä ilman strategista tavoitetta: 1");
	}

	private static ProjectCard withStatus(ProjectCard c, Status status) {
		return new ProjectCard(c.title(), c.number(), c.category(), c.serviceAreaId(), c.unitId(), c.obligation(),
				c.kind(), status, c.visibility(), c.projectManagerId(), c.description(), c.impactSummary(),
				c.impactOrganisation(), c.impactSecurity(), c.impactData(), c.impactCaseManagement(), c.goalIds(),
				c.noStrategicGoal(), c.scheduleStart(), c.scheduleEnd(), c.scheduleNote(), c.likelihood(),
				c.likelihoodNote(), c.priority(), c.scheduleOwner(), c.costs(), c.costNote(), c.resources(),
				c.resourceNote());
	}

}
