package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an indicator measures and aims at, without its measured values. It belongs to either a strategic goal or a
 * focus area, never both. A scale indicator ("1–5") has its bounds; {@code comparedSeries} names the second series
 * the values are compared with ("poistot"), empty when there is none.
 */
public record IndicatorDefinition(@Nullable UUID goalId, @Nullable UUID focusAreaId, String name, String unit,
		IndicatorDirection direction, @Nullable BigDecimal baselineValue, @Nullable Integer baselineYear,
		List<IndicatorTarget> targets, IndicatorCadence cadence, @Nullable BigDecimal scaleMin,
		@Nullable BigDecimal scaleMax, String comparedSeries) {

	public IndicatorDefinition {
		if ((goalId == null) == (focusAreaId == null)) {
			throw new IllegalArgumentException("an indicator belongs to either a goal or a focus area");
		}
		targets = List.copyOf(targets);
	}

	/** An indicator followed up yearly, on no scale and against no second series. */
	public IndicatorDefinition(@Nullable UUID goalId, @Nullable UUID focusAreaId, String name, String unit,
			IndicatorDirection direction, @Nullable BigDecimal baselineValue, @Nullable Integer baselineYear,
			List<IndicatorTarget> targets) {
		this(goalId, focusAreaId, name, unit, direction, baselineValue, baselineYear, targets, IndicatorCadence.YEARLY,
				null, null, "");
	}

	/** An indicator of a strategic goal. */
	public IndicatorDefinition(UUID goalId, String name, String unit, IndicatorDirection direction,
			@Nullable BigDecimal baselineValue, @Nullable Integer baselineYear, List<IndicatorTarget> targets) {
		this(goalId, null, name, unit, direction, baselineValue, baselineYear, targets);
	}

	/** Whether the value lies on the indicator's scale; any value does when it has none. */
	public boolean onScale(BigDecimal value) {
		return (scaleMin == null || value.compareTo(scaleMin) >= 0) && (scaleMax == null || value.compareTo(scaleMax) <= 0);
	}

}
