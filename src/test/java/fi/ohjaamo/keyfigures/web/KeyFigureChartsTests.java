package fi.ohjaamo.keyfigures.web;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.keyfigures.FigureValues;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts run through every year from the first to the last, and what is not known is a gap, never a zero. */
class KeyFigureChartsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aYearNotEnteredAndAFigureNotKnownAreGaps() {
		var charts = KeyFigureCharts.of(List.of(new FigureValues(2021, 1800L, null, null, null, null, null, null,
				new BigDecimal("2000000"), new BigDecimal("100000000")), new FigureValues(2023, 1900L, null, null, null,
						null, null, null, new BigDecimal("2500000"), null)), json);

		assertThat(charts.devicesAndLines()).contains("\"labels\":[\"2021\",\"2022\",\"2023\"]")
			.contains("\"key\":\"workstations\"").contains("\"values\":[1800,null,1900]")
			.contains("\"key\":\"fixedLines\"").contains("\"values\":[null,null,null]");
		assertThat(charts.shares()).contains("\"key\":\"itCostShare\"").contains("\"values\":[2.0,null,null]");
	}

	@Test
	void noYearsMakeEmptyCharts() {
		assertThat(KeyFigureCharts.of(List.of(), json).costs()).contains("\"labels\":[]");
	}

}
