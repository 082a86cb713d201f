package fi.ohjaamo.strategy.actions;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record ActionStatusChanged(UUID organisationId, UUID actionId, String summary) implements Auditable {

	public String action() {
		return "strategy.action-status-changed";
	}

	public String objectType() {
		return "action";
	}

	public String objectId() {
		return actionId.toString();
	}

}
