package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.UUID;

import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.WorksiteView;
import fi.ohjaamo.strategy.Worksites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality runs a digitalisation programme whose worksites carry several of its demo projects. */
@DemoTest
class DemoProgrammeIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programmes programmes;

	@Autowired
	SpearheadThemes themes;

	@Autowired
	Worksites worksites;

	@Autowired
	DemoProgramme demo;

	@Test
	void theProgrammeHasThemesWithWorksitesAndProjectsSitOnThem() {
		UUID org = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
		var programme = programmes.of(org).getFirst();
		assertThat(programme.getName()).isEqualTo(DemoProgramme.PROGRAMME);
		assertThat(programme.getStrategyId()).isNotNull();
		assertThat(themes.of(org, programme.getId())).hasSizeBetween(3, 4);
		assertThat(worksites.of(org)).hasSizeGreaterThanOrEqualTo(5)
			.extracting(WorksiteView::programmeName)
			.containsOnly(DemoProgramme.PROGRAMME);
		long placed = jdbc.sql("select count(*) from project where organisation_id = :org and worksite_id is not null")
			.param("org", org)
			.query(Long.class)
			.single();
		assertThat(placed).isGreaterThanOrEqualTo(6);

		demo.run(new DefaultApplicationArguments());
		assertThat(programmes.of(org)).hasSize(1);
	}

}
