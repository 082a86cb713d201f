package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static fi.ohjaamo.strategy.IndicatorDirection.HIGHER_IS_BETTER;
import static fi.ohjaamo.strategy.IndicatorDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

/** The first release's targets, numbers to reach upwards or downwards, are judged as they were. */
class IndicatorTrendTests {

	private static final List<IndicatorTarget> TARGETS = List.of(target(2025, "60"), target(2024, "50"));

	@Test
	void comparesEachValueWithTheTargetOfItsYearInDateOrder() {
		var trend = IndicatorTrend.of(null, TARGETS,
				List.of(measured("2025-06-30", "55"), measured("2024-12-31", "52"), measured("2023-12-31", "40")));

		assertThat(trend.points()).extracting(IndicatorTrend.Point::date)
			.containsExactly(LocalDate.parse("2023-12-31"), LocalDate.parse("2024-12-31"), LocalDate.parse("2025-06-30"));
		assertThat(trend.points()).extracting(IndicatorTrend.Point::status)
			.containsExactly(IndicatorStatus.NO_TARGET, IndicatorStatus.ON_TRACK, IndicatorStatus.OFF_TRACK);
		assertThat(trend.points().get(2).bound()).isEqualByComparingTo("60");
		assertThat(trend.status()).isEqualTo(IndicatorStatus.OFF_TRACK);
		assertThat(trend.onTrack()).isFalse();
	}

	@Test
	void aLowerIsBetterIndicatorIsOnTrackAtOrBelowItsTarget() {
		var targets = List.of(IndicatorTarget.reaching(LOWER_IS_BETTER, 2025, new BigDecimal("5.0")));
		assertThat(IndicatorTrend.of(null, targets, List.of(measured("2025-03-01", "5.00"))).status())
			.isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(IndicatorTrend.of(null, targets, List.of(measured("2025-03-01", "4.2"))).onTrack())
			.isTrue();
		assertThat(IndicatorTrend.of(null, targets, List.of(measured("2025-03-01", "5.1"))).status())
			.isEqualTo(IndicatorStatus.OFF_TRACK);
	}

	@Test
	void aHigherIsBetterIndicatorReachesItsTargetWithAnEqualValue() {
		assertThat(IndicatorTrend.of(null, TARGETS, List.of(measured("2024-05-05", "50.0"))).status())
			.isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(IndicatorTrend.of(null, TARGETS, List.of(measured("2024-05-05", "49.9"))).status())
			.isEqualTo(IndicatorStatus.OFF_TRACK);
	}

	@Test
	void theLatestValueDecidesEvenWhenEarlierOnesMissedTheirTargets() {
		var trend = IndicatorTrend.of(null, TARGETS,
				List.of(measured("2024-12-31", "45"), measured("2025-12-31", "61")));
		assertThat(trend.latest().value()).isEqualByComparingTo("61");
		assertThat(trend.status()).isEqualTo(IndicatorStatus.ON_TRACK);
	}

	@Test
	void withoutValuesOrWithoutATargetForTheLatestYearNothingIsJudged() {
		var empty = IndicatorTrend.of(null, TARGETS, List.of());
		assertThat(empty.status()).isEqualTo(IndicatorStatus.NOT_MEASURED);
		assertThat(empty.latest()).isNull();
		assertThat(IndicatorTrend.of(null, TARGETS, List.of(measured("2026-01-15", "99"))).status())
			.isEqualTo(IndicatorStatus.NO_TARGET);
	}

	private static IndicatorTarget target(int year, String value) {
		return IndicatorTarget.reaching(HIGHER_IS_BETTER, year, new BigDecimal(value));
	}

	private static IndicatorMeasurement measured(String date, String value) {
		return new IndicatorMeasurement(LocalDate.parse(date), new BigDecimal(value), "raportti");
	}

}
