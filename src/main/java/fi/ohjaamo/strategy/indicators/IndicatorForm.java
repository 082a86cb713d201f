package fi.ohjaamo.strategy.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing an indicator with its yearly targets; {@code version} is the version the person saw,
 * null when adding. The target list is mutable so that rows can be added and removed without JavaScript.
 */
public record IndicatorForm(@Nullable UUID goalId, @Nullable UUID focusAreaId, @NotBlank @Size(max = 500) String name,
		@NotBlank @Size(max = 50) String unit, @NotNull @Nullable IndicatorDirection direction,
		@Nullable BigDecimal baselineValue, @Min(1990) @Max(2100) @Nullable Integer baselineYear,
		@Valid List<Target> targets, @Nullable Long version) {

	public record Target(@NotNull @Min(1990) @Max(2100) @Nullable Integer year, @NotNull @Nullable BigDecimal value) {
	}

	public IndicatorForm {
		name = name == null ? "" : name.strip();
		unit = unit == null ? "" : unit.strip();
		targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
	}

	static IndicatorForm blank(@Nullable UUID goalId, @Nullable UUID focusAreaId) {
		return new IndicatorForm(goalId, focusAreaId, "", "", IndicatorDirection.HIGHER_IS_BETTER, null, null,
				List.of(new Target(null, null)), null);
	}

	static IndicatorForm of(Indicator indicator) {
		var d = indicator.definition();
		return new IndicatorForm(d.goalId(), d.focusAreaId(), d.name(), d.unit(), d.direction(), d.baselineValue(), d.baselineYear(),
				d.targets().stream().map(t -> new Target(t.year(), t.value())).toList(), indicator.getVersion());
	}

	/** Only call on a form without errors: one with exactly one of a goal and a focus area. */
	IndicatorDefinition definition() {
		return new IndicatorDefinition(goalId, focusAreaId, name, unit, Objects.requireNonNull(direction),
				baselineValue, baselineYear, targets.stream()
					.map(t -> new IndicatorTarget(Objects.requireNonNull(t.year()), Objects.requireNonNull(t.value())))
					.toList());
	}

}
