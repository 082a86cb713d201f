package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record SwotItemChanged(UUID organisationId, UUID objectUuid, String summary) implements Auditable {

	public String action() {
		return "strategy.swot-item-changed";
	}

	public String objectType() {
		return "swot-item";
	}

	public String objectId() {
		return objectUuid.toString();
	}

}
