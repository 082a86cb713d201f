package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value of an indicator as measured on a date, with where it came from (a report, a survey, a system). */
@Embeddable
public record IndicatorMeasurement(@Column(name = "measured_on") LocalDate date,
		@Column(name = "measured_value") BigDecimal value, @Column(name = "source_text") String source) {
}
