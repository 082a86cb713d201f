package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One party's quarter: the capacity (null when not set), the demand's low and high estimates in person-days,
 * and the projects that cause it, largest share first.
 */
public record QuarterLoad(Quarter quarter, @Nullable BigDecimal capacity, double demandLow, double demandHigh,
		List<ProjectShare> projects) {

	/** Below a hundredth of a person-day the difference is the spreading's rounding, not an overload. */
	private static final double TOLERANCE = 0.005;

	public QuarterLoad {
		projects = List.copyOf(projects);
	}

	/** Even the low estimate is more than the capacity. */
	public boolean exceeds() {
		return capacity != null && demandLow > capacity.doubleValue() + TOLERANCE;
	}

	/** The high estimate is more than the capacity (and perhaps the low one too). */
	public boolean mayExceed() {
		return capacity != null && demandHigh > capacity.doubleValue() + TOLERANCE;
	}

	/** The low estimate in whole tenths of a person-day, as the page shows it. */
	public BigDecimal lowDays() {
		return ProjectShare.days(demandLow);
	}

	public BigDecimal highDays() {
		return ProjectShare.days(demandHigh);
	}

	public boolean hasDemand() {
		return demandHigh > 0;
	}

}
