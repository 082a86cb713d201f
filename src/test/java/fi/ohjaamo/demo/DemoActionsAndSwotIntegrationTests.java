package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.SwotItemRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality's strategy has actions under its goals and a SWOT analysis whose responses led somewhere. */
@DemoTest
class DemoActionsAndSwotIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Actions actions;

	@Autowired
	SwotAnalyses swot;

	@Autowired
	DemoActionsAndSwot demo;

	@Test
	void theGoalsHaveActionsAndTheSwotResponsesPartlyBecameActions() {
		UUID org = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
		assertThat(actions.countOf(org)).isGreaterThanOrEqualTo(16);
		for (GoalView goal : goals.of(org)) {
			var rows = actions.rows(org, goal.id(), null, null);
			assertThat(rows.isEmpty() || rows.size() >= 2 && rows.size() <= 5).as(goal.name()).isTrue();
		}
		var analysis = swot.of(org).get(0);
		var quadrants = swot.quadrants(org, analysis.getId());
		quadrants.values().forEach(items -> assertThat(items).hasSizeBetween(3, 5)
			.allSatisfy(item -> assertThat(item.response()).isNotBlank()));
		assertThat(quadrants.values().stream().flatMap(List::stream).map(SwotItemRow::actionId))
			.filteredOn(id -> id != null)
			.hasSize(2);

		long before = actions.countOf(org);
		demo.run(new DefaultApplicationArguments());
		assertThat(actions.countOf(org)).isEqualTo(before);
	}

}
