package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A value of an indicator as measured on a date, with where it came from (a report, a survey, a system), and the
 * value of the series it is compared with when its target names one ("investments greater than depreciation").
 */
@Embeddable
public record IndicatorMeasurement(@Column(name = "measured_on") LocalDate date,
		@Column(name = "measured_value") BigDecimal value, @Column(name = "source_text") String source,
		@Column(name = "compared_value") @Nullable BigDecimal compared) {

	public IndicatorMeasurement(LocalDate date, BigDecimal value, String source) {
		this(date, value, source, null);
	}

}
