package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record SpearheadThemeMoved(UUID organisationId, UUID themeId, String summary) implements Auditable {

	public String action() {
		return "strategy.spearhead-theme-moved";
	}

	public String objectType() {
		return "spearhead-theme";
	}

	public String objectId() {
		return themeId.toString();
	}

}
