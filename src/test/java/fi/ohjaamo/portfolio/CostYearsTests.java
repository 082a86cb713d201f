package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CostYearsTests {

	private static final UUID PROJECT = UUID.randomUUID();

	@Test
	void aOneOffCostFallsInItsYearAndARecurringOneInEveryYearItRuns() {
		var oneOff = line(CostKind.ONE_OFF, 2025, null);
		var recurring = line(CostKind.RECURRING, 2026, 2027);
		var span = CostYears.of(List.of(oneOff, recurring), 8);

		assertThat(span.all()).containsExactly(2025, 2026, 2027);
		assertThat(span.of(oneOff)).containsExactly(2025);
		assertThat(span.of(recurring)).containsExactly(2026, 2027);
	}

	@Test
	void anOpenEndedRecurringCostRunsToTheLastYearAnyCostNames() {
		var openEnded = line(CostKind.RECURRING, 2025, null);
		var later = line(CostKind.ONE_OFF, 2028, null);

		assertThat(CostYears.of(List.of(openEnded, later), 8).of(openEnded)).containsExactly(2025, 2026, 2027, 2028);
		assertThat(CostYears.of(List.of(openEnded), 8).of(openEnded)).containsExactly(2025);
	}

	@Test
	void theSpanStopsAtTheMostYearsCountedFromTheEarliestCost() {
		var decades = line(CostKind.RECURRING, 2025, 2040);

		var span = CostYears.of(List.of(decades), 3);

		assertThat(span.all()).containsExactly(2025, 2026, 2027);
		assertThat(span.of(decades)).containsExactly(2025, 2026, 2027);
		assertThat(CostYears.of(List.of(), 3).all()).isEmpty();
	}

	private static CostAmount line(CostKind kind, int from, Integer to) {
		return new CostAmount(PROJECT, kind, from, to, BigDecimal.ONE, BigDecimal.ONE, false);
	}

}
