package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record CityGoalAdded(UUID organisationId, UUID cityGoalId, String summary) implements Auditable {

	public String action() {
		return "strategy.city-goal-added";
	}

	public String objectType() {
		return "city-goal";
	}

	public String objectId() {
		return cityGoalId.toString();
	}

}
