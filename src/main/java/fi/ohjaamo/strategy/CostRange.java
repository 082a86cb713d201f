package fi.ohjaamo.strategy;

import java.math.BigDecimal;

/**
 * An estimated cost or a sum of them without VAT: low and high end, whether some estimate was unknown, and whether
 * there was any estimate at all (zero is then an estimate, not a missing one).
 */
public record CostRange(BigDecimal min, BigDecimal max, boolean someUnknown, boolean any) {

	public static final CostRange NONE = new CostRange(BigDecimal.ZERO, BigDecimal.ZERO, false, false);

	public CostRange plus(CostRange other) {
		return other.any ? new CostRange(min.add(other.min), max.add(other.max), someUnknown || other.someUnknown, true)
				: this;
	}

	public boolean isRange() {
		return min.compareTo(max) != 0;
	}

}
