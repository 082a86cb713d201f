package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record GoalPlaced(UUID organisationId, UUID goalId, String summary) implements Auditable {

	public String action() {
		return "strategy.goal-placed";
	}

	public String objectType() {
		return "goal";
	}

	public String objectId() {
		return goalId.toString();
	}

}
