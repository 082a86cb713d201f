package fi.ohjaamo.strategy.goals;

import java.math.BigDecimal;
import java.time.LocalDate;

import fi.ohjaamo.strategy.indicators.Indicator;
import fi.ohjaamo.strategy.IndicatorStatus;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.IndicatorTrend;
import org.jspecify.annotations.Nullable;

/**
 * An indicator at a glance: its latest value, the target of the current year and whether the latest value is on
 * track against the target of its own year.
 */
public record IndicatorGlance(Indicator indicator, IndicatorTrend.@Nullable Point latest,
		@Nullable BigDecimal targetThisYear, IndicatorStatus status) {

	static IndicatorGlance of(Indicator indicator, LocalDate today) {
		var trend = indicator.trend();
		BigDecimal target = indicator.getTargets()
			.stream()
			.filter(t -> t.year() == today.getYear())
			.map(IndicatorTarget::value)
			.findFirst()
			.orElse(null);
		return new IndicatorGlance(indicator, trend.latest(), target, trend.status());
	}

}
