package fi.ohjaamo.strategy.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record IndicatorMeasured(UUID organisationId, UUID indicatorId, String name, LocalDate date,
		BigDecimal value) implements Auditable {

	public String action() {
		return "strategy.indicator-measured";
	}

	public String objectType() {
		return "indicator";
	}

	public String objectId() {
		return indicatorId.toString();
	}

	public String summary() {
		return name + ": " + value.stripTrailingZeros().toPlainString() + " (" + date + ")";
	}

}
