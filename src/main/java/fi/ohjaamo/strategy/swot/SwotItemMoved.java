package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record SwotItemMoved(UUID organisationId, UUID itemId, String summary) implements Auditable {

	public String action() {
		return "strategy.swot-item-moved";
	}

	public String objectType() {
		return "swot-item";
	}

	public String objectId() {
		return itemId.toString();
	}

}
