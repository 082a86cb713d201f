package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record ProgrammeCreated(UUID organisationId, UUID programmeId, String summary) implements Auditable {

	public String action() {
		return "strategy.programme-created";
	}

	public String objectType() {
		return "programme";
	}

	public String objectId() {
		return programmeId.toString();
	}

}
