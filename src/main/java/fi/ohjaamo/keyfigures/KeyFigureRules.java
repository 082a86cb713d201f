package fi.ohjaamo.keyfigures;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules a year's figures keep, each reported on the field it concerns: one entry per year, a year in a sane range,
 * nothing negative, a share within 0–100 % and IT costs no higher than the organisation's total costs.
 */
@Component
class KeyFigureRules {

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final FigureYearRepository years;

	KeyFigureRules(FigureYearRepository years) {
		this.years = years;
	}

	void check(UUID organisationId, @Nullable UUID yearId, FigureValues values, Errors errors) {
		if (values.year() < FIRST_YEAR || values.year() > LAST_YEAR) {
			errors.rejectValue("year", "keyfigures.year.year.outOfRange", new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR) }, null);
		}
		else if (years.findByOrganisationIdAndFigureYear(organisationId, values.year())
			.filter(other -> !other.getId().equals(yearId))
			.isPresent()) {
			errors.rejectValue("year", "keyfigures.year.year.taken", new Object[] { String.valueOf(values.year()) },
					null);
		}
		negative("workstations", values.workstations(), errors);
		negative("servers", values.servers(), errors);
		negative("applications", values.applications(), errors);
		negative("fixedLines", values.fixedLines(), errors);
		negative("mobileLines", values.mobileLines(), errors);
		negative("serviceRequests", values.serviceRequests(), errors);
		negative("itCosts", values.itCosts(), errors);
		negative("totalCosts", values.totalCosts(), errors);
		var share = values.firstLevelShare();
		if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
			reject("firstLevelShare", "keyfigures.year.firstLevelShare.outOfRange", errors);
		}
		var it = values.itCosts();
		var total = values.totalCosts();
		if (it != null && total != null && it.signum() >= 0 && it.compareTo(total) > 0) {
			reject("itCosts", "keyfigures.year.itCosts.aboveTotal", errors);
		}
	}

	private static void negative(String field, @Nullable Number value, Errors errors) {
		boolean below = value instanceof BigDecimal d ? d.signum() < 0 : value != null && value.longValue() < 0;
		if (below) {
			reject(field, "keyfigures.year.negative", errors);
		}
	}

	/** Bean Validation on the form may have said it already; one message a field is enough. */
	private static void reject(String field, String code, Errors errors) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

}
