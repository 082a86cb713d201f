package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record WorksiteAdded(UUID organisationId, UUID worksiteId, String summary) implements Auditable {

	public String action() {
		return "strategy.worksite-added";
	}

	public String objectType() {
		return "worksite";
	}

	public String objectId() {
		return worksiteId.toString();
	}

}
