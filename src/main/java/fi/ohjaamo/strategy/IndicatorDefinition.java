package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What an indicator measures and aims at, without its measured values. */
public record IndicatorDefinition(UUID goalId, String name, String unit, IndicatorDirection direction,
		@Nullable BigDecimal baselineValue, @Nullable Integer baselineYear, List<IndicatorTarget> targets) {

	public IndicatorDefinition {
		targets = List.copyOf(targets);
	}

}
