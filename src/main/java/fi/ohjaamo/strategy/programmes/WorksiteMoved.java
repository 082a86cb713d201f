package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record WorksiteMoved(UUID organisationId, UUID worksiteId, String summary) implements Auditable {

	public String action() {
		return "strategy.worksite-moved";
	}

	public String objectType() {
		return "worksite";
	}

	public String objectId() {
		return worksiteId.toString();
	}

}
