package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an indicator measures and aims at, without its measured values. It belongs to either a strategic goal or a
 * focus area, never both.
 */
public record IndicatorDefinition(@Nullable UUID goalId, @Nullable UUID focusAreaId, String name, String unit,
		IndicatorDirection direction, @Nullable BigDecimal baselineValue, @Nullable Integer baselineYear,
		List<IndicatorTarget> targets) {

	public IndicatorDefinition {
		if ((goalId == null) == (focusAreaId == null)) {
			throw new IllegalArgumentException("an indicator belongs to either a goal or a focus area");
		}
		targets = List.copyOf(targets);
	}

	/** An indicator of a strategic goal. */
	public IndicatorDefinition(UUID goalId, String name, String unit, IndicatorDirection direction,
			@Nullable BigDecimal baselineValue, @Nullable Integer baselineYear, List<IndicatorTarget> targets) {
		this(goalId, null, name, unit, direction, baselineValue, baselineYear, targets);
	}

}
