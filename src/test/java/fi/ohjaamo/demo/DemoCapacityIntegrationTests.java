package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.PartyOutlook;
import fi.ohjaamo.capacity.Quarter;
import fi.ohjaamo.capacity.QuarterLoad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality has IT capacity for every quarter its projects run and capacity for one service area;
 * the demo projects overload exactly one upcoming quarter, the one a scenario should fix.
 */
@DemoTest
class DemoCapacityIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Capacities capacities;

	@Autowired
	DemoCapacity demo;

	@Test
	void exactlyOneUpcomingQuarterIsOverloadedByTheDemoProjects() throws Exception {
		UUID org = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
		var outlook = capacities.outlook(org, capacities.currentPlan(org));

		assertThat(outlook.it().quarters()).allSatisfy(q -> assertThat(q.capacity()).isNotNull());
		assertThat(outlook.parties()).hasSize(2);
		var overloaded = outlook.parties().stream().map(PartyOutlook::quarters).flatMap(java.util.List::stream)
			.filter(QuarterLoad::mayExceed).toList();
		assertThat(overloaded).singleElement().satisfies(q -> {
			assertThat(q.exceeds()).isTrue();
			assertThat(q.quarter()).isGreaterThan(currentQuarter());
			assertThat(q.projects()).hasSizeGreaterThan(1);
		});
		assertThat(outlook.it().quarters().stream().filter(QuarterLoad::hasDemand).count()).isGreaterThan(4);

		int changes = changes(org);
		assertThat(changes).isGreaterThan(outlook.it().quarters().size());
		demo.run(new DefaultApplicationArguments());
		assertThat(changes(org)).as("a second start adds nothing").isEqualTo(changes);
		assertThat(jdbc.sql("select distinct author_name from capacity_change where organisation_id = :org")
			.param("org", org).query(String.class).list()).containsExactly("Tiina Tietohallintojohtaja");
	}

	private int changes(UUID org) {
		return jdbc.sql("select count(*) from capacity_change where organisation_id = :org")
			.param("org", org)
			.query(Integer.class)
			.single();
	}

	private static Quarter currentQuarter() {
		var today = LocalDate.now();
		return new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
	}

}
