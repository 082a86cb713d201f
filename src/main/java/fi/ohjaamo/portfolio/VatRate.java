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

	BigDecimal withoutVat(BigDecimal amount, @Nullable Vat vat) {
		return vat == Vat.INCLUDED ? amount.divide(divisor, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP)
				: amount;
	}

}
