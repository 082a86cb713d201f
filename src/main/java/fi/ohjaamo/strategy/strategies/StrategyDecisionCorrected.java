package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** A recorded decision of a strategy's approval chain corrected. */
public record StrategyDecisionCorrected(UUID organisationId, UUID strategyId, String summary) implements Auditable {

	public String action() {
		return "strategy.approval-decision-corrected";
	}

	public String objectType() {
		return "strategy";
	}

	public String objectId() {
		return strategyId.toString();
	}

}
