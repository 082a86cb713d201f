package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One cost line of a project as the sums read it: VAT excluded, an unknown amount counted as zero (and flagged),
 * an exact amount as a range from itself to itself. Public so that plans other than a portfolio view (scenarios)
 * can sum them with {@link PlanCosts}.
 */
public record CostAmount(UUID projectId, CostKind kind, int fromYear, @Nullable Integer toYear, BigDecimal min,
		BigDecimal max, boolean unknown) {

	/** Reads a row with the columns of {@code project_cost}. */
	static CostAmount read(ResultSet rs, VatRate vat) throws SQLException {
		BigDecimal min = rs.getBigDecimal("amount_min");
		BigDecimal max = rs.getBigDecimal("amount_max");
		BigDecimal low = min == null ? BigDecimal.ZERO : min;
		BigDecimal high = max == null ? low : max;
		var basis = Vat.valueOf(rs.getString("vat"));
		return new CostAmount(rs.getObject("project_id", UUID.class), CostKind.valueOf(rs.getString("kind")),
				rs.getInt("from_year"), rs.getObject("to_year", Integer.class), vat.withoutVat(low, basis),
				vat.withoutVat(high, basis), rs.getBoolean("amount_unknown"));
	}

	boolean oneOff() {
		return kind == CostKind.ONE_OFF;
	}

	/** The same cost moved by whole years, as when the project's schedule moves. */
	public CostAmount shiftedBy(int years) {
		return years == 0 ? this
				: new CostAmount(projectId, kind, fromYear + years, toYear == null ? null : toYear + years, min, max,
						unknown);
	}

}
