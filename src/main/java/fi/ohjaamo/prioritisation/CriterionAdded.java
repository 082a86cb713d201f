package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** A prioritisation criterion was added. */
public record CriterionAdded(UUID organisationId, UUID criterionId, String name) implements Auditable {

	public String action() {
		return "prioritisation.criterion-added";
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
