package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record CityGoalRemoved(UUID organisationId, UUID cityGoalId, String summary) implements Auditable {

	public String action() {
		return "strategy.city-goal-removed";
	}

	public String objectType() {
		return "city-goal";
	}

	public String objectId() {
		return cityGoalId.toString();
	}

}
