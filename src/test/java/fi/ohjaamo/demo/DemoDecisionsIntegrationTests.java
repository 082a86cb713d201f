package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.UUID;

import fi.ohjaamo.decisions.DecisionRules;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality has its IT steering group, management team and the board's IT division, rules like
 * Helsinki's and Kaarina's, and three proposals decided by members of the bodies the rules name: one approved, one
 * returned for changes and one rejected, with the analyses the rules asked for.
 */
@DemoTest
class DemoDecisionsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SteeringBodies bodies;

	@Autowired
	DecisionRules rules;

	@Autowired
	Projects projects;

	@Autowired
	DemoDecisions demo;

	@Test
	void theDemoMunicipalityHasBodiesRulesAndDecidedProjects() {
		UUID org = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
		assertThat(bodies.of(org)).extracting(SteeringBody::getName).containsExactlyInAnyOrder("IT-ohjausryhmä",
				"Johtoryhmä", "Kaupunginhallituksen tietotekniikkajaosto");
		assertThat(bodies.of(org)).allSatisfy(b -> assertThat(b.getMemberIds()).contains(b.getChairId(), b.getPreparerId()));
		assertThat(rules.of(org)).hasSize(6);
		assertThat(rules.of(org).getFirst().getName()).contains("miljoonan");
		assertThat(rules.recordsDecisions(org)).isTrue();

		var decided = jdbc.sql("select project_id, outcome, body_id, recorded_by_id from project_decision "
				+ "where organisation_id = :org order by decided_on").param("org", org)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class) })
			.list();
		assertThat(decided).extracting(d -> d[1]).containsExactly("APPROVED", "RETURNED", "REJECTED");
		assertThat(jdbc.sql("select count(*) from project_decision where organisation_id = :org and card_revision is not null "
				+ "and minutes_section <> '' and diary_number <> ''").param("org", org).query(Integer.class).single())
			.as("every demo decision shows on its card version with § and diary number").isEqualTo(3);
		for (var d : decided) {
			assertThat(bodies.get(org, (UUID) d[2]).hasMember((UUID) d[3])).isTrue();
		}
		assertThat(decided).extracting(d -> projects.get(org, (UUID) d[0]).getStatus())
			.as("approved; returned, completed and assessed again; rejected")
			.containsExactly(Status.APPROVED, Status.ASSESSED, Status.REJECTED);
		assertThat(jdbc.sql("select count(*) from project_analysis where organisation_id = :org and kind = 'TCO'")
			.param("org", org).query(Integer.class).single()).isGreaterThanOrEqualTo(1);

		demo.run(new DefaultApplicationArguments());
		assertThat(bodies.of(org)).hasSize(3);
		assertThat(rules.of(org)).hasSize(6);
	}

}
