package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** A decision recorded by mistake removed from a strategy's approval chain. */
public record StrategyDecisionRemoved(UUID organisationId, UUID strategyId, String summary) implements Auditable {

	public String action() {
		return "strategy.approval-decision-removed";
	}

	public String objectType() {
		return "strategy";
	}

	public String objectId() {
		return strategyId.toString();
	}

}
