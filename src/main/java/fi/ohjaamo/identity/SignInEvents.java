package fi.ohjaamo.identity;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** Sign-in outcomes, recorded in the audit log. */
final class SignInEvents {

	private SignInEvents() {
	}

	record SignedIn(String username) implements Auditable {
		public String action() { return "identity.signed-in"; }
		public @Nullable UUID organisationId() { return null; }
		public String objectType() { return "account"; }
		public @Nullable String objectId() { return username; }
		public String summary() { return username; }
	}

	record SignInFailed(String username) implements Auditable {
		public String action() { return "identity.sign-in-failed"; }
		public @Nullable UUID organisationId() { return null; }
		public String objectType() { return "account"; }
		public @Nullable String objectId() { return username; }
		public String summary() { return username; }
	}

	record AccountCreated(String username, UUID personId) implements Auditable {
		public String action() { return "identity.account-created"; }
		public @Nullable UUID organisationId() { return null; }
		public String objectType() { return "account"; }
		public @Nullable String objectId() { return personId.toString(); }
		public String summary() { return username; }
	}

}
