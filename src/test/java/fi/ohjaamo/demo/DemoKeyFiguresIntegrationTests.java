package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.math.BigDecimal;
import java.util.UUID;

import fi.ohjaamo.keyfigures.FigureValues;
import fi.ohjaamo.keyfigures.KeyFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality reports five years of key figures of a town's size, with the trends a reader expects to see:
 * more mobile and fewer fixed lines, more requests solved at first level, IT near two per cent of the costs.
 */
@DemoTest
class DemoKeyFiguresIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyFigures keyFigures;

	@Test
	void theMunicipalityHasFiveYearsOfMovingFigures() {
		UUID org = jdbc.sql("select id from organisation where name = :name").param("name", DemoData.MUNICIPALITY)
			.query(UUID.class).single();
		var years = keyFigures.of(org).stream().map(y -> y.values()).toList();
		assertThat(years).extracting(FigureValues::year).containsExactly(2021, 2022, 2023, 2024, 2025);
		var first = years.getFirst();
		var last = years.getLast();
		assertThat(last.mobileLines()).isGreaterThan(first.mobileLines());
		assertThat(last.fixedLines()).isLessThan(first.fixedLines());
		assertThat(last.firstLevelShare()).isGreaterThan(new BigDecimal("80"));
		assertThat(years.get(3).itCostShare()).isBetween(new BigDecimal("1.5"), new BigDecimal("2.5"));
		assertThat(last.totalCosts()).as("not known before the financial statements").isNull();

		UUID wellbeingArea = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.WELLBEING_AREA).query(UUID.class).single();
		assertThat(keyFigures.of(wellbeingArea)).isEmpty();
	}

}
