package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** A criterion's name, meaning, weight, scale or being in use changed. */
public record CriterionChanged(UUID organisationId, UUID criterionId, String name) implements Auditable {

	public String action() {
		return "prioritisation.criterion-changed";
	}

	public String objectType() {
		return "criterion";
	}

	public String objectId() {
		return criterionId.toString();
	}

	public String summary() {
		return name;
	}

}
