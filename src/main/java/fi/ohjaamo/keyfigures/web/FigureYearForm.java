package fi.ohjaamo.keyfigures.web;

import java.math.BigDecimal;
import java.util.Objects;

import fi.ohjaamo.keyfigures.FigureValues;
import fi.ohjaamo.keyfigures.FigureYear;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Adding or editing a year's figures; {@code version} is the version the person saw, null when adding. Counts are
 * read as decimals so that "2 000" is understood as people type it; a count with decimals is then refused.
 */
record FigureYearForm(@NotNull @Nullable Integer year, @Nullable BigDecimal workstations,
		@Nullable BigDecimal servers, @Nullable BigDecimal applications, @Nullable BigDecimal fixedLines,
		@Nullable BigDecimal mobileLines, @Nullable BigDecimal serviceRequests,
		@Digits(integer = 3, fraction = 2) @Nullable BigDecimal firstLevelShare,
		@Digits(integer = 14, fraction = 2) @Nullable BigDecimal itCosts,
		@Digits(integer = 14, fraction = 2) @Nullable BigDecimal totalCosts, @Nullable Long version) {

	private static final BigDecimal LARGEST_COUNT = new BigDecimal("999999999999");

	static FigureYearForm blank() {
		return new FigureYearForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	static FigureYearForm of(FigureYear year) {
		var v = year.values();
		return new FigureYearForm(v.year(), decimal(v.workstations()), decimal(v.servers()), decimal(v.applications()),
				decimal(v.fixedLines()), decimal(v.mobileLines()), decimal(v.serviceRequests()), v.firstLevelShare(),
				v.itCosts(), v.totalCosts(), year.getVersion());
	}

	/** Refuses counts with decimals or too many digits, on their fields. */
	void checkCounts(Errors errors) {
		count("workstations", workstations, errors);
		count("servers", servers, errors);
		count("applications", applications, errors);
		count("fixedLines", fixedLines, errors);
		count("mobileLines", mobileLines, errors);
		count("serviceRequests", serviceRequests, errors);
	}

	/** The figures, a count that is not a whole number left unknown (its field already carries the error). */
	FigureValues values() {
		return new FigureValues(Objects.requireNonNull(year), whole(workstations), whole(servers), whole(applications),
				whole(fixedLines), whole(mobileLines), whole(serviceRequests), firstLevelShare, itCosts, totalCosts);
	}

	private static void count(String field, @Nullable BigDecimal value, Errors errors) {
		if (value == null || errors.hasFieldErrors(field)) {
			return;
		}
		if (value.stripTrailingZeros().scale() > 0) {
			errors.rejectValue(field, "keyfigures.year.wholeNumber");
		}
		else if (value.abs().compareTo(LARGEST_COUNT) > 0) {
			errors.rejectValue(field, "keyfigures.year.tooLarge");
		}
	}

	private static @Nullable Long whole(@Nullable BigDecimal value) {
		if (value == null || value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(LARGEST_COUNT) > 0) {
			return null;
		}
		return value.longValueExact();
	}

	private static @Nullable BigDecimal decimal(@Nullable Long count) {
		return count == null ? null : BigDecimal.valueOf(count);
	}

}
