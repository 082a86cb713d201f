package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.PlannedWork;
import fi.ohjaamo.capacity.QuarterLoad;
import fi.ohjaamo.scenario.ChangeKind;
import fi.ohjaamo.scenario.PlanFigures;
import fi.ohjaamo.scenario.ScenarioChange;
import fi.ohjaamo.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality has two scenarios: one shifts projects so that no upcoming IT quarter is overloaded, the
 * other takes an idea in and a proposal out.
 */
@DemoTest
class DemoScenariosIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scenarios scenarios;

	@Autowired
	PlanFigures figures;

	@Autowired
	Capacities capacities;

	@Autowired
	Clock clock;

	@Test
	void theEasingScenarioLeavesNoUpcomingItQuarterOverloaded() {
		UUID org = municipality();
		var easing = scenarios.of(org).stream().filter(s -> s.getName().equals(DemoScenarios.EASING)).findFirst()
			.orElseThrow();
		assertThat(easing.getChanges()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.SHIFT));

		var columns = figures.columns(org, List.of(easing));
		List<PlannedWork> plan = capacities.currentPlan(org);
		var planOverloads = overloads(DemoScenarios.upcomingItQuarters(capacities, plan, org, LocalDate.now(clock)));
		assertThat(planOverloads).as("the capacity demo overloads exactly one upcoming IT quarter").hasSize(1);
		var scenarioOverloads = columns.get(1).outlook().it().quarters().stream()
			.filter(QuarterLoad::mayExceed)
			.filter(q -> q.quarter().compareTo(planOverloads.getFirst().quarter()) >= 0)
			.toList();
		assertThat(scenarioOverloads).as("upcoming overloaded IT quarters in the scenario").isEmpty();
	}

	@Test
	void theSwapScenarioTakesAnIdeaInAndAProposalOut() {
		UUID org = municipality();
		var swap = scenarios.of(org).stream().filter(s -> s.getName().equals(DemoScenarios.SWAP)).findFirst()
			.orElseThrow();
		assertThat(swap.getChanges()).extracting(ScenarioChange::kind)
			.containsExactlyInAnyOrder(ChangeKind.IN, ChangeKind.OUT);
		var columns = figures.columns(org, List.of(swap));
		assertThat(columns.get(1).projects()).isEqualTo(columns.get(0).projects());
		assertThat(columns.get(1).costs()).isNotEqualTo(columns.get(0).costs());
	}

	private static List<QuarterLoad> overloads(List<QuarterLoad> quarters) {
		return quarters.stream().filter(QuarterLoad::mayExceed).toList();
	}

	private UUID municipality() {
		return jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
	}

}
