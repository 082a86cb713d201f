package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** How much of one quarter's demand on one party a project causes, in person-days. */
public record ProjectShare(UUID projectId, String title, double low, double high) {

	public BigDecimal lowDays() {
		return days(low);
	}

	public BigDecimal highDays() {
		return days(high);
	}

	static BigDecimal days(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

}
