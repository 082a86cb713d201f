package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.UUID;

import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.RankingFilter;
import fi.ohjaamo.prioritisation.RankingQuery;
import fi.ohjaamo.prioritisation.RankingRow;
import fi.ohjaamo.prioritisation.Scores;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality has five weighted criteria adding up to 100, most open projects scored by two evaluators,
 * a few unscored, mandatory ones above the line, and one project scored twice so that its history shows a change.
 */
@DemoTest
class DemoPrioritisationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Criteria criteria;

	@Autowired
	Scores scores;

	@Autowired
	RankingQuery ranking;

	@Autowired
	DemoPrioritisation demo;

	@Test
	void theDemoPortfolioIsRankedByTwoEvaluatorsWithOneProjectRescored() {
		UUID org = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
		assertThat(criteria.active(org)).hasSize(5);
		assertThat(criteria.weightSum(org)).isEqualTo(Criteria.FULL_WEIGHT);

		var rows = ranking.rank(org, RankingFilter.ALL);
		assertThat(rows).hasSizeGreaterThan(10);
		assertThat(rows.stream().filter(RankingRow::scored).count()).isGreaterThan(rows.size() / 2);
		assertThat(rows).anyMatch(r -> !r.scored()).anyMatch(RankingRow::mandatory);
		assertThat(rows.stream().filter(RankingRow::scored).filter(r -> !r.mandatory()))
			.allSatisfy(r -> assertThat(r.evaluators()).isEqualTo(2));
		assertThat(rows.getLast().scored()).isFalse();

		var rescored = rows.stream().filter(r -> r.title().equals(DemoPrioritisation.RESCORED)).findFirst().orElseThrow();
		var sheet = scores.sheet(org, rescored.projectId());
		assertThat(sheet.history()).hasSize(3);
		assertThat(sheet.history()).anyMatch(round -> round.changedAnything());

		demo.run(new DefaultApplicationArguments());
		assertThat(criteria.of(org)).hasSize(5);
	}

}
