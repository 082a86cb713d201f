package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record SwotItemAdded(UUID organisationId, UUID objectUuid, String summary) implements Auditable {

	public String action() {
		return "strategy.swot-item-added";
	}

	public String objectType() {
		return "swot-item";
	}

	public String objectId() {
		return objectUuid.toString();
	}

}
