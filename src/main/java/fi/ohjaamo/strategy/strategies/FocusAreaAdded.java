package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record FocusAreaAdded(UUID organisationId, UUID focusAreaId, String summary) implements Auditable {

	public String action() {
		return "strategy.focus-area-added";
	}

	public String objectType() {
		return "focus-area";
	}

	public String objectId() {
		return focusAreaId.toString();
	}

}
