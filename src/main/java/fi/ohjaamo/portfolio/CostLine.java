package fi.ohjaamo.portfolio;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One estimated cost: a one-off investment in a year, or a recurring cost per year from a year to a
 * year (open-ended when no end). The amount is exact ({@code amountMax} empty), a range, or unknown.
 */
@Embeddable
public record CostLine(@Enumerated(EnumType.STRING) @Column(length = 20) @NotNull @Nullable CostKind kind,
		@NotNull @Min(1990) @Max(2100) @Nullable Integer fromYear, @Min(1990) @Max(2100) @Nullable Integer toYear,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal amountMin,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal amountMax, boolean amountUnknown,
		@Enumerated(EnumType.STRING) @Column(length = 20) @NotNull @Nullable Vat vat,
		@Size(max = 500) String note) {

	public static CostLine blank() {
		return new CostLine(CostKind.ONE_OFF, null, null, null, null, false, Vat.EXCLUDED, "");
	}

	public CostLine {
		note = note == null ? "" : note.strip();
		if (amountUnknown) {
			amountMin = null;
			amountMax = null;
		}
	}

	/** The last year the cost falls in; null for a recurring cost that goes on. */
	public @Nullable Integer lastYear() {
		return kind == CostKind.ONE_OFF ? fromYear : toYear;
	}

	public boolean fallsIn(int year) {
		if (fromYear == null || year < fromYear) {
			return false;
		}
		Integer last = lastYear();
		return last == null || year <= last;
	}

	public BigDecimal upperAmount() {
		return amountMax != null ? amountMax : amountMin != null ? amountMin : BigDecimal.ZERO;
	}

	public BigDecimal lowerAmount() {
		return amountMin != null ? amountMin : BigDecimal.ZERO;
	}

	public boolean isRange() {
		return amountMin != null && amountMax != null && amountMin.compareTo(amountMax) != 0;
	}

}
