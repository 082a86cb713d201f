package fi.ohjaamo.strategy.actions;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record ActionMoved(UUID organisationId, UUID actionId, String summary) implements Auditable {

	public String action() {
		return "strategy.action-moved";
	}

	public String objectType() {
		return "action";
	}

	public String objectId() {
		return actionId.toString();
	}

}
