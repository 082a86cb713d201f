package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record GoalRenamed(UUID organisationId, UUID goalId, String oldName, String newName) implements Auditable {

	public String action() {
		return "strategy.goal-renamed";
	}

	public String objectType() {
		return "goal";
	}

	public String objectId() {
		return goalId.toString();
	}

	public String summary() {
		return oldName + " → " + newName;
	}

}
