package fi.ohjaamo.strategy;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How a value is compared with what a target names. Comparisons are exact: 75 is not "> 75", and 75.0 is "= 75".
 */
public enum TargetOperator {

	GT(">"), GE("≥"), LT("<"), LE("≤"), EQ("="),
	/** Within two bounds, both included: "60–80". */
	BETWEEN("–");

	private final String symbol;

	TargetOperator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	/** Whether the value holds against the bound, or for {@link #BETWEEN} against the bound and the upper bound. */
	public boolean holds(BigDecimal value, BigDecimal bound, @Nullable BigDecimal upper) {
		int compared = value.compareTo(bound);
		return switch (this) {
			case GT -> compared > 0;
			case GE -> compared >= 0;
			case LT -> compared < 0;
			case LE -> compared <= 0;
			case EQ -> compared == 0;
			case BETWEEN -> upper != null && compared >= 0 && value.compareTo(upper) <= 0;
		};
	}

}
