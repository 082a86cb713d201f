package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record FocusAreaMoved(UUID organisationId, UUID focusAreaId, String summary) implements Auditable {

	public String action() {
		return "strategy.focus-area-moved";
	}

	public String objectType() {
		return "focus-area";
	}

	public String objectId() {
		return focusAreaId.toString();
	}

}
