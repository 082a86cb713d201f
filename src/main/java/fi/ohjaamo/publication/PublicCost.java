package fi.ohjaamo.publication;

import java.math.BigDecimal;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.Vat;
import org.jspecify.annotations.Nullable;

/** A cost estimate as published: kind, years and amount, but never the line's internal note. */
public record PublicCost(CostKind kind, @Nullable Integer fromYear, @Nullable Integer toYear,
		@Nullable BigDecimal amountMin, @Nullable BigDecimal amountMax, boolean amountUnknown, Vat vat) {

	static PublicCost of(CostLine line) {
		return new PublicCost(line.kind() == null ? CostKind.ONE_OFF : line.kind(), line.fromYear(), line.toYear(),
				line.amountMin(), line.amountMax(), line.amountUnknown(), line.vat() == null ? Vat.EXCLUDED : line.vat());
	}

	/** The last year the cost falls in; null for a recurring cost that goes on. */
	@Nullable Integer lastYear() {
		return kind == CostKind.ONE_OFF ? fromYear : toYear;
	}

}
