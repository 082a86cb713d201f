package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** A later decision of a strategy's approval chain, such as the council's after the board's. */
public record StrategyDecisionRecorded(UUID organisationId, UUID strategyId, String summary) implements Auditable {

	public String action() {
		return "strategy.approval-decision-recorded";
	}

	public String objectType() {
		return "strategy";
	}

	public String objectId() {
		return strategyId.toString();
	}

}
