package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record ProgrammeRevised(UUID organisationId, UUID programmeId, String summary) implements Auditable {

	public String action() {
		return "strategy.programme-revised";
	}

	public String objectType() {
		return "programme";
	}

	public String objectId() {
		return programmeId.toString();
	}

}
