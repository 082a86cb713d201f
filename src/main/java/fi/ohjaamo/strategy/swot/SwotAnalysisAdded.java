package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record SwotAnalysisAdded(UUID organisationId, UUID objectUuid, String summary) implements Auditable {

	public String action() {
		return "strategy.swot-added";
	}

	public String objectType() {
		return "swot";
	}

	public String objectId() {
		return objectUuid.toString();
	}

}
