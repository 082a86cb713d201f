package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;

import fi.ohjaamo.strategy.indicators.Indicator;
import fi.ohjaamo.strategy.IndicatorStatus;
import fi.ohjaamo.strategy.Indicators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality's goals and one focus area have indicators with a few years of values, some on track and some behind. */
@DemoTest
class DemoIndicatorsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Indicators indicators;

	@Autowired
	DemoIndicators demo;

	@Autowired
	Versions versions;

	@Test
	void severalGoalsHaveIndicatorsWithTargetsAndYearsOfValues() {
		UUID org = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
		var all = indicators.of(org);
		assertThat(all).hasSizeGreaterThanOrEqualTo(5);
		assertThat(all.stream().map(Indicator::getGoalId).filter(Objects::nonNull).distinct().count())
			.isGreaterThanOrEqualTo(3);
		assertThat(all).filteredOn(i -> i.getFocusAreaId() != null)
			.extracting(Indicator::getName)
			.containsExactly("Raportoinnin tietovarastoon liitettyjen järjestelmien määrä");
		assertThat(versions.of(org, new Subject("indicator", all.getFirst().getId())))
			.as("the demo indicator was added and then measured five times, each a version")
			.hasSize(6);
		assertThat(all).allSatisfy(i -> {
			assertThat(i.getTargets()).hasSize(4);
			assertThat(i.trend().points()).hasSize(5);
		});
		assertThat(all).extracting(i -> i.trend().status())
			.contains(IndicatorStatus.ON_TRACK, IndicatorStatus.OFF_TRACK);

		demo.run(new DefaultApplicationArguments());
		assertThat(indicators.of(org)).hasSize(all.size());
	}

}
