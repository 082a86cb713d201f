package fi.ohjaamo.strategy.goals;

import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.strategy.indicators.Indicator;
import fi.ohjaamo.strategy.IndicatorStatus;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.IndicatorTrend;
import org.jspecify.annotations.Nullable;

/**
 * An indicator at a glance: its latest value, the targets of the current year (the year's, or its halves') and whether the latest value is on
 * track against the target of its own year.
 */
public record IndicatorGlance(Indicator indicator, IndicatorTrend.@Nullable Point latest,
		List<IndicatorTarget> targetsThisYear, IndicatorStatus status) {

	static IndicatorGlance of(Indicator indicator, LocalDate today) {
		var trend = indicator.trend();
		var targets = indicator.getTargets().stream().filter(t -> t.year() == today.getYear()).toList();
		return new IndicatorGlance(indicator, trend.latest(), targets, trend.status());
	}

}
