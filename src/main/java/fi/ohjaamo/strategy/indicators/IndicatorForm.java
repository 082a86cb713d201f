package fi.ohjaamo.strategy.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.strategy.IndicatorCadence;
import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.TargetBasis;
import fi.ohjaamo.strategy.TargetOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing an indicator with its targets; {@code version} is the version the person saw, null when adding.
 * The target list is mutable so that rows can be added and removed without JavaScript.
 */
public record IndicatorForm(@Nullable UUID goalId, @Nullable UUID focusAreaId, @NotBlank @Size(max = 500) String name,
		@NotBlank @Size(max = 50) String unit, @NotNull @Nullable IndicatorDirection direction,
		@Nullable BigDecimal baselineValue, @Min(1990) @Max(2100) @Nullable Integer baselineYear,
		@Nullable IndicatorCadence cadence, @Nullable BigDecimal scaleMin, @Nullable BigDecimal scaleMax,
		@Size(max = 200) String comparedSeries, @Valid List<Target> targets, @Nullable Long version) {

	/**
	 * A target row: its year and half (0 for the whole year), what the value is compared with, how, and the number
	 * or numbers the rule names.
	 */
	public record Target(@NotNull @Min(1990) @Max(2100) @Nullable Integer year, @Min(0) @Max(2) @Nullable Integer half,
			@NotNull @Nullable TargetBasis basis, @NotNull @Nullable TargetOperator operator, @Nullable BigDecimal value,
			@Nullable BigDecimal upper) {

		/** A row without a half is for the whole year. */
		public Target {
			half = half == null ? 0 : half;
		}

		static Target blank(@Nullable IndicatorDirection direction) {
			return new Target(null, 0, TargetBasis.VALUE,
					direction == null ? TargetOperator.GE : direction.reaching(), null, null);
		}

		static Target of(IndicatorTarget target) {
			return new Target(target.year(), target.half(), target.basis(), target.operator(), target.value(),
					target.upper());
		}

		/** Only call on a row without errors. */
		IndicatorTarget target() {
			var operator = Objects.requireNonNull(this.operator);
			return new IndicatorTarget(Objects.requireNonNull(year), Objects.requireNonNull(half), Objects.requireNonNull(basis), operator,
					Objects.requireNonNull(basis).needsValue() ? value : null,
					operator == TargetOperator.BETWEEN ? upper : null);
		}

	}

	public IndicatorForm {
		name = name == null ? "" : name.strip();
		unit = unit == null ? "" : unit.strip();
		comparedSeries = comparedSeries == null ? "" : comparedSeries.strip();
		// Indicators are followed up yearly unless the strategy says otherwise.
		cadence = cadence == null ? IndicatorCadence.YEARLY : cadence;
		targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
	}

	static IndicatorForm blank(@Nullable UUID goalId, @Nullable UUID focusAreaId) {
		return new IndicatorForm(goalId, focusAreaId, "", "", IndicatorDirection.HIGHER_IS_BETTER, null, null,
				IndicatorCadence.YEARLY, null, null, "", List.of(Target.blank(IndicatorDirection.HIGHER_IS_BETTER)), null);
	}

	static IndicatorForm of(Indicator indicator) {
		return of(indicator.definition(), indicator.getVersion());
	}

	/** The definition as the form shows it; also how a definition saved without a form is checked by its rules. */
	public static IndicatorForm of(IndicatorDefinition d, @Nullable Long version) {
		return new IndicatorForm(d.goalId(), d.focusAreaId(), d.name(), d.unit(), d.direction(), d.baselineValue(),
				d.baselineYear(), d.cadence(), d.scaleMin(), d.scaleMax(), d.comparedSeries(),
				d.targets().stream().map(Target::of).toList(), version);
	}

	/** The same form with other target rows, for adding and removing rows. */
	IndicatorForm withTargets(List<Target> rows) {
		return new IndicatorForm(goalId, focusAreaId, name, unit, direction, baselineValue, baselineYear, cadence,
				scaleMin, scaleMax, comparedSeries, rows, version);
	}

	/** Only call on a form without errors: one with exactly one of a goal and a focus area. */
	IndicatorDefinition definition() {
		return new IndicatorDefinition(goalId, focusAreaId, name, unit, Objects.requireNonNull(direction),
				baselineValue, baselineYear, targets.stream().map(Target::target).toList(),
				Objects.requireNonNull(cadence), scaleMin, scaleMax, comparedSeries);
	}

}
