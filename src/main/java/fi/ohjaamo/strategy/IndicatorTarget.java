package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A target of an indicator for a year, or for one half of it ({@code half} 1 or 2; 0 for the whole year), read as the
 * strategy writes it: the measured value compared by {@code operator} with what {@code basis} names. {@code value}
 * is the number of a {@link TargetBasis#needsValue() basis that has one} (the change itself for a change from the
 * baseline), {@code upper} the upper bound of {@link TargetOperator#BETWEEN}.
 */
@Embeddable
public record IndicatorTarget(@Column(name = "target_year") int year, @Column(name = "target_half") int half,
		@Enumerated(EnumType.STRING) @Column(name = "target_basis") TargetBasis basis,
		@Enumerated(EnumType.STRING) @Column(name = "target_operator") TargetOperator operator,
		@Column(name = "target_value") @Nullable BigDecimal value,
		@Column(name = "upper_value") @Nullable BigDecimal upper) {

	/** The form the first release knew: a number to reach by the end of the year, upwards or downwards. */
	public static IndicatorTarget reaching(IndicatorDirection direction, int year, BigDecimal value) {
		return new IndicatorTarget(year, 0, TargetBasis.VALUE, direction.reaching(), value, null);
	}

	/** Whether this target is the one for a value measured on the date: its half-year's, or its year's. */
	public boolean covers(LocalDate date) {
		return year == date.getYear() && (half == 0 || half == halfOf(date));
	}

	public static int halfOf(LocalDate date) {
		return date.getMonthValue() <= 6 ? 1 : 2;
	}

	/**
	 * The number the value is held against: the target's own number, the baseline moved by the change, the previous
	 * value or the compared series' value. Null when that is not known, and the value is then not judged.
	 */
	public @Nullable BigDecimal bound(@Nullable BigDecimal baseline, @Nullable BigDecimal previous,
			@Nullable BigDecimal compared) {
		return switch (basis) {
			case VALUE -> value;
			case CHANGE -> baseline == null || value == null ? null : baseline.add(value);
			case CHANGE_PERCENT -> baseline == null || value == null ? null : percentFrom(baseline, value);
			case PREVIOUS -> previous;
			case COMPARED_SERIES -> compared;
		};
	}

	/** The upper bound of {@link TargetOperator#BETWEEN}, moved from the baseline as the lower one is. */
	public @Nullable BigDecimal upperBound(@Nullable BigDecimal baseline) {
		if (upper == null) {
			return null;
		}
		return switch (basis) {
			case CHANGE -> baseline == null ? null : baseline.add(upper);
			case CHANGE_PERCENT -> baseline == null ? null : percentFrom(baseline, upper);
			default -> upper;
		};
	}

	/**
	 * Whether the measured value meets the target; null when it cannot be judged, such as the first value of a
	 * target against the previous one.
	 */
	public @Nullable Boolean meets(BigDecimal measured, @Nullable BigDecimal baseline, @Nullable BigDecimal previous,
			@Nullable BigDecimal compared) {
		var bound = bound(baseline, previous, compared);
		if (bound == null) {
			return null;
		}
		return operator.holds(measured, bound, upperBound(baseline));
	}

	/** The baseline changed by a percentage, exactly: -10 % of 45 is 40.5. */
	private static BigDecimal percentFrom(BigDecimal baseline, BigDecimal percent) {
		return baseline.add(baseline.multiply(percent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64));
	}

	/** The period as people write it: "2025", or "2025/1" for the first half. */
	public String period() {
		return half == 0 ? String.valueOf(year) : year + "/" + half;
	}

}
