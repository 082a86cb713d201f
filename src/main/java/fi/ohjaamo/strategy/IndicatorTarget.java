package fi.ohjaamo.strategy;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The value an indicator should reach by the end of a year. */
@Embeddable
public record IndicatorTarget(@Column(name = "target_year") int year,
		@Column(name = "target_value") BigDecimal value) {
}
