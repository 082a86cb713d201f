package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One project as a row of the portfolio table, with its own cost sums. */
public record PortfolioRow(UUID id, String number, String title, Category category, @Nullable UUID serviceAreaId,
		Status status, Priority priority, ProjectKind kind, Obligation obligation, Visibility visibility,
		String scheduleStart, String scheduleEnd, CostSum oneOff, CostSum recurring) {

	/** A sum of cost lines, low and high end, VAT excluded, and whether some line's amount is unknown. */
	public record CostSum(BigDecimal min, BigDecimal max, boolean someUnknown, boolean any) {

		public static final CostSum NONE = new CostSum(BigDecimal.ZERO, BigDecimal.ZERO, false, false);

		CostSum plus(BigDecimal low, BigDecimal high, boolean unknown) {
			return new CostSum(min.add(low), max.add(high), someUnknown || unknown, true);
		}

		public boolean isRange() {
			return min.compareTo(max) != 0;
		}

	}

}
