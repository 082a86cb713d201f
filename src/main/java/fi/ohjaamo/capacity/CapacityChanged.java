package fi.ohjaamo.capacity;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** Cells of the capacity grid were changed; the summary lists them, such as "IT Q1/2027: 300 → 250". */
public record CapacityChanged(UUID organisationId, String changes) implements Auditable {

	public String action() {
		return "capacity.changed";
	}

	public String objectType() {
		return "capacity";
	}

	public @Nullable String objectId() {
		return null;
	}

	public String summary() {
		return changes;
	}

}
