package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record WorksiteRevised(UUID organisationId, UUID worksiteId, String summary) implements Auditable {

	public String action() {
		return "strategy.worksite-revised";
	}

	public String objectType() {
		return "worksite";
	}

	public String objectId() {
		return worksiteId.toString();
	}

}
