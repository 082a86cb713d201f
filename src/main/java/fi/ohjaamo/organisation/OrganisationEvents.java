package fi.ohjaamo.organisation;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** Changes to organisations, their units, people and roles, for the audit log. */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	public record OrganisationCreated(UUID organisationId, String name) implements Auditable {
		public String action() { return "organisation.created"; }
		public String objectType() { return "organisation"; }
		public String objectId() { return organisationId.toString(); }
		public String summary() { return name; }
	}

	public record UnitAdded(UUID organisationId, UUID unitId, String name) implements Auditable {
		public String action() { return "organisation.unit-added"; }
		public String objectType() { return "unit"; }
		public String objectId() { return unitId.toString(); }
		public String summary() { return name; }
	}

	public record PersonAdded(UUID personId, String displayName) implements Auditable {
		public @Nullable UUID organisationId() { return null; }
		public String action() { return "organisation.person-added"; }
		public String objectType() { return "person"; }
		public String objectId() { return personId.toString(); }
		public String summary() { return displayName; }
	}

	public record RoleGranted(UUID organisationId, UUID personId, Role role) implements Auditable {
		public String action() { return "organisation.role-granted"; }
		public String objectType() { return "person"; }
		public String objectId() { return personId.toString(); }
		public String summary() { return role.name(); }
	}

}
