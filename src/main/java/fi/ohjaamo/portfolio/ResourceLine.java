package fi.ohjaamo.portfolio;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The work one party gives the project, in person-days or person-years; a number, a range, or unknown when empty. */
@Embeddable
public record ResourceLine(@Enumerated(EnumType.STRING) @Column(length = 20) @NotNull @Nullable ResourceParty party,
		@Enumerated(EnumType.STRING) @Column(length = 20) @NotNull @Nullable EffortUnit effortUnit,
		@DecimalMin("0") @Digits(integer = 7, fraction = 2) @Nullable BigDecimal amountMin,
		@DecimalMin("0") @Digits(integer = 7, fraction = 2) @Nullable BigDecimal amountMax,
		@Size(max = 500) String note) {

	public static ResourceLine blank() {
		return new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS, null, null, "");
	}

	public ResourceLine {
		note = note == null ? "" : note.strip();
	}

}
