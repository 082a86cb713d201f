package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record StrategyMadeCurrent(UUID organisationId, UUID strategyId, String summary) implements Auditable {

	public String action() {
		return "strategy.strategy-made-current";
	}

	public String objectType() {
		return "strategy";
	}

	public String objectId() {
		return strategyId.toString();
	}

}
