package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of target a real strategy writes is judged exactly by its rule, at its edges: equal, just above and just
 * below the bound. 75 is not "> 75".
 */
class TargetRuleTests {

	@Test
	void greaterThanExcludesTheBoundAndAtLeastIncludesIt() {
		var above75 = value(TargetOperator.GT, "75");
		assertThat(meets(above75, "75")).isFalse();
		assertThat(meets(above75, "75.01")).isTrue();
		assertThat(meets(above75, "74.99")).isFalse();
		var atLeast4 = value(TargetOperator.GE, "4");
		assertThat(meets(atLeast4, "4.0")).isTrue();
		assertThat(meets(atLeast4, "3.99")).isFalse();
		assertThat(meets(atLeast4, "4.01")).isTrue();
	}

	@Test
	void lessThanAndAtMostMirrorThem() {
		var below3 = value(TargetOperator.LT, "3");
		assertThat(meets(below3, "3")).isFalse();
		assertThat(meets(below3, "2.99")).isTrue();
		var atMost3 = value(TargetOperator.LE, "3");
		assertThat(meets(atMost3, "3.00")).isTrue();
		assertThat(meets(atMost3, "3.01")).isFalse();
	}

	@Test
	void equalCountsTheNumberNotItsDecimals() {
		var exactly100 = value(TargetOperator.EQ, "100");
		assertThat(meets(exactly100, "100.00")).isTrue();
		assertThat(meets(exactly100, "100.01")).isFalse();
		assertThat(meets(exactly100, "99.99")).isFalse();
	}

	@Test
	void betweenIncludesBothBounds() {
		var from60To80 = new IndicatorTarget(2025, 0, TargetBasis.VALUE, TargetOperator.BETWEEN, bd("60"), bd("80"));
		assertThat(meets(from60To80, "60")).isTrue();
		assertThat(meets(from60To80, "80")).isTrue();
		assertThat(meets(from60To80, "59.99")).isFalse();
		assertThat(meets(from60To80, "80.01")).isFalse();
	}

	@Test
	void positiveMeansAboveZero() {
		var positive = value(TargetOperator.GT, "0");
		assertThat(meets(positive, "0")).isFalse();
		assertThat(meets(positive, "0.01")).isTrue();
		assertThat(meets(positive, "-1")).isFalse();
	}

	@Test
	void aChangeFromTheBaselineMovesTheBoundByTheChange() {
		// "At least 5 more than in 2017", when 2017 was 40.
		var fiveMore = new IndicatorTarget(2025, 0, TargetBasis.CHANGE, TargetOperator.GE, bd("5"), null);
		assertThat(fiveMore.bound(bd("40"), null, null)).isEqualByComparingTo("45");
		assertThat(fiveMore.meets(bd("45"), bd("40"), null, null)).isTrue();
		assertThat(fiveMore.meets(bd("44.9"), bd("40"), null, null)).isFalse();
		assertThat(fiveMore.meets(bd("50"), null, null, null)).as("without a baseline nothing is judged").isNull();
	}

	@Test
	void aPercentageChangeFromTheBaselineIsExact() {
		// "-10 % from the 2017 level", when 2017 was 45: at most 40.5.
		var tenPercentLess = new IndicatorTarget(2025, 0, TargetBasis.CHANGE_PERCENT, TargetOperator.LE, bd("-10"), null);
		assertThat(tenPercentLess.bound(bd("45"), null, null)).isEqualByComparingTo("40.5");
		assertThat(tenPercentLess.meets(bd("40.5"), bd("45"), null, null)).isTrue();
		assertThat(tenPercentLess.meets(bd("40.51"), bd("45"), null, null)).isFalse();
		assertThat(tenPercentLess.meets(bd("40.49"), bd("45"), null, null)).isTrue();
	}

	@Test
	void belowThePreviousYearComparesWithThePreviousValueAndTheFirstValueIsNotJudged() {
		var trend = IndicatorTrend.of(null, List.of(falling(2025), falling(2026), falling(2027)),
				List.of(measured("2025-12-31", "10"), measured("2026-12-31", "9"), measured("2027-12-31", "9")));
		assertThat(trend.points()).extracting(IndicatorTrend.Point::status)
			.containsExactly(IndicatorStatus.NO_TARGET, IndicatorStatus.ON_TRACK, IndicatorStatus.OFF_TRACK);
		assertThat(trend.points().get(1).bound()).as("the chart's target line is the previous value")
			.isEqualByComparingTo("10");
	}

	@Test
	void oneSeriesAgainstAnotherComparesTheTwoValuesOfTheSameDate() {
		// "Investments greater than depreciation."
		var aboveDepreciation = new IndicatorTarget(2025, 0, TargetBasis.COMPARED_SERIES, TargetOperator.GT, null, null);
		var trend = IndicatorTrend.of(null, List.of(aboveDepreciation),
				List.of(new IndicatorMeasurement(LocalDate.parse("2025-06-30"), bd("12"), "", bd("12")),
						new IndicatorMeasurement(LocalDate.parse("2025-12-31"), bd("12.5"), "", bd("12")),
						new IndicatorMeasurement(LocalDate.parse("2025-12-31"), bd("20"), "", null)));
		assertThat(trend.points()).extracting(IndicatorTrend.Point::status)
			.containsExactly(IndicatorStatus.OFF_TRACK, IndicatorStatus.ON_TRACK, IndicatorStatus.NO_TARGET);
	}

	@Test
	void aHalfYearsOwnTargetComesBeforeTheWholeYears() {
		var year = value(TargetOperator.GE, "70");
		var firstHalf = new IndicatorTarget(2025, 1, TargetBasis.VALUE, TargetOperator.GE, bd("60"), null);
		var targets = List.of(year, firstHalf);
		assertThat(IndicatorTrend.targetFor(targets, LocalDate.parse("2025-06-30"))).isEqualTo(firstHalf);
		assertThat(IndicatorTrend.targetFor(targets, LocalDate.parse("2025-07-01"))).isEqualTo(year);
		assertThat(IndicatorTrend.targetFor(targets, LocalDate.parse("2026-01-01"))).isNull();
		var trend = IndicatorTrend.of(null, targets,
				List.of(measured("2025-06-30", "65"), measured("2025-12-31", "65")));
		assertThat(trend.points()).extracting(IndicatorTrend.Point::status)
			.containsExactly(IndicatorStatus.ON_TRACK, IndicatorStatus.OFF_TRACK);
	}

	@Test
	void aValueOffTheScaleIsNotOnIt() {
		var scale = new IndicatorDefinition(java.util.UUID.randomUUID(), null, "Tyytyväisyys", "pistettä",
				IndicatorDirection.HIGHER_IS_BETTER, null, null, List.of(), IndicatorCadence.HALF_YEARLY, bd("1"),
				bd("5"), "");
		assertThat(scale.onScale(bd("1"))).isTrue();
		assertThat(scale.onScale(bd("5"))).isTrue();
		assertThat(scale.onScale(bd("5.01"))).isFalse();
		assertThat(scale.onScale(bd("0.99"))).isFalse();
	}

	private static IndicatorTarget falling(int year) {
		return new IndicatorTarget(year, 0, TargetBasis.PREVIOUS, TargetOperator.LT, null, null);
	}

	private static IndicatorTarget value(TargetOperator operator, String bound) {
		return new IndicatorTarget(2025, 0, TargetBasis.VALUE, operator, bd(bound), null);
	}

	private static boolean meets(IndicatorTarget target, String measured) {
		return Boolean.TRUE.equals(target.meets(bd(measured), null, null, null));
	}

	private static IndicatorMeasurement measured(String date, String value) {
		return new IndicatorMeasurement(LocalDate.parse(date), bd(value), "raportti");
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
