package fi.ohjaamo.strategy.indicators;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record IndicatorRemoved(UUID organisationId, UUID indicatorId, String name) implements Auditable {

	public String action() {
		return "strategy.indicator-removed";
	}

	public String objectType() {
		return "indicator";
	}

	public String objectId() {
		return indicatorId.toString();
	}

	public String summary() {
		return name;
	}

}
