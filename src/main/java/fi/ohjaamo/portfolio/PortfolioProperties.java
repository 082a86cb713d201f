package fi.ohjaamo.portfolio;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param vatPercent the VAT rate used to state VAT-inclusive estimates without VAT in the portfolio's totals
 * @param maxTotalYears the most years the totals table shows, counted from the earliest cost
 */
@ConfigurationProperties("ohjaamo.portfolio")
record PortfolioProperties(BigDecimal vatPercent, int maxTotalYears) {

	PortfolioProperties {
		vatPercent = vatPercent == null ? new BigDecimal("25.5") : vatPercent;
		maxTotalYears = maxTotalYears <= 0 ? 8 : maxTotalYears;
	}

}
