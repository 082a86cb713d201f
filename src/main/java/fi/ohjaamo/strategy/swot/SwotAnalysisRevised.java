package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

public record SwotAnalysisRevised(UUID organisationId, UUID analysisId, String summary) implements Auditable {

	public String action() {
		return "strategy.swot-analysis-changed";
	}

	public String objectType() {
		return "swot-analysis";
	}

	public String objectId() {
		return analysisId.toString();
	}

}
