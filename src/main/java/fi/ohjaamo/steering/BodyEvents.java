package fi.ohjaamo.steering;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens to steering bodies, for the audit log. */
public final class BodyEvents {

	private BodyEvents() {
	}

	public record SteeringBodyAdded(UUID organisationId, UUID bodyId, String name) implements Auditable {
		public String action() { return "steering.body-added"; }
		public String objectType() { return "steering-body"; }
		public String objectId() { return bodyId.toString(); }
		public String summary() { return name; }
	}

	public record SteeringBodyChanged(UUID organisationId, UUID bodyId, String name) implements Auditable {
		public String action() { return "steering.body-changed"; }
		public String objectType() { return "steering-body"; }
		public String objectId() { return bodyId.toString(); }
		public String summary() { return name; }
	}

	public record SteeringBodyRemoved(UUID organisationId, UUID bodyId, String name) implements Auditable {
		public String action() { return "steering.body-removed"; }
		public String objectType() { return "steering-body"; }
		public String objectId() { return bodyId.toString(); }
		public String summary() { return name; }
	}

}
