package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record GoalAdded(UUID organisationId, UUID goalId, String name) implements Auditable {

	public String action() {
		return "strategy.goal-added";
	}

	public String objectType() {
		return "goal";
	}

	public String objectId() {
		return goalId.toString();
	}

	public String summary() {
		return name;
	}

}
