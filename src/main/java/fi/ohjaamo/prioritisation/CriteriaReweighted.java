package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** The weights of the active criteria were set together; the summary lists them. */
public record CriteriaReweighted(UUID organisationId, String weights) implements Auditable {

	public String action() {
		return "prioritisation.criteria-reweighted";
	}

	public String objectType() {
		return "criterion";
	}

	public @Nullable String objectId() {
		return null;
	}

	public String summary() {
		return weights;
	}

}
