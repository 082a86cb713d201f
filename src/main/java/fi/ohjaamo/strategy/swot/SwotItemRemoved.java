package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record SwotItemRemoved(UUID organisationId, UUID itemId, String summary) implements Auditable {

	public String action() {
		return "strategy.swot-item-removed";
	}

	public String objectType() {
		return "swot-item";
	}

	public String objectId() {
		return itemId.toString();
	}

}
