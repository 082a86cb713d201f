package fi.ohjaamo.strategy.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import fi.ohjaamo.strategy.IndicatorMeasurement;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A measured value of an indicator, dated as Finns write dates (31.12.2025), with the compared series' value of the
 * same date when the indicator's targets compare with one.
 */
record IndicatorMeasurementForm(@NotNull @DateTimeFormat(pattern = "d.M.yyyy") @Nullable LocalDate date,
		@NotNull @Nullable BigDecimal value, @Size(max = 500) String source, @Nullable BigDecimal compared) {

	IndicatorMeasurementForm {
		source = source == null ? "" : source.strip();
	}

	static IndicatorMeasurementForm blank() {
		return new IndicatorMeasurementForm(null, null, "", null);
	}

	/** Only call on a form without errors. */
	IndicatorMeasurement measurement() {
		return new IndicatorMeasurement(Objects.requireNonNull(date), Objects.requireNonNull(value), source, compared);
	}

}
