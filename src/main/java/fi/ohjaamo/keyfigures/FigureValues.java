package fi.ohjaamo.keyfigures;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One year's key figures as entered; any figure may be unknown (null). {@code firstLevelShare} is the percentage of
 * service requests solved at first level; costs are in euros.
 */
public record FigureValues(int year, @Nullable Long workstations, @Nullable Long servers, @Nullable Long applications,
		@Nullable Long fixedLines, @Nullable Long mobileLines, @Nullable Long serviceRequests,
		@Nullable BigDecimal firstLevelShare, @Nullable BigDecimal itCosts, @Nullable BigDecimal totalCosts) {

	/** Only the year, every figure unknown. */
	public static FigureValues ofYear(int year) {
		return new FigureValues(year, null, null, null, null, null, null, null, null, null);
	}

	/** IT costs as a percentage of the organisation's total costs, to one decimal; unknown without both. */
	public @Nullable BigDecimal itCostShare() {
		if (itCosts == null || totalCosts == null || totalCosts.signum() == 0) {
			return null;
		}
		return itCosts.multiply(BigDecimal.valueOf(100)).divide(totalCosts, 1, RoundingMode.HALF_UP);
	}

}
