package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** States estimates without VAT, so that sums never mix amounts with and without it. */
@Component
class VatRate {

	private final BigDecimal divisor;

	VatRate(PortfolioProperties properties) {
		this.divisor = BigDecimal.ONE.add(properties.vatPercent().movePointLeft(2));
	}

	/**
	 * SQL that states an amount of {@code project_cost} (aliased {@code c}) without VAT, rounded to the cent line by line exactly as
	 * {@link #withoutVat} does, so that a sum the database takes equals the sum of the lines read one by one. The
	 * divisor is bound as {@code :vatDivisor}.
	 */
	static String withoutVatSql(String amount) {
		return "case when c.vat = 'INCLUDED' then round(" + amount + " / :vatDivisor, 2) else " + amount + " end";
	}

	BigDecimal divisor() {
		return divisor;
	}

	BigDecimal withoutVat(BigDecimal amount, @Nullable Vat vat) {
		return vat == Vat.INCLUDED ? amount.divide(divisor, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP)
				: amount;
	}

}
