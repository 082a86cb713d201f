package fi.ohjaamo.identity;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import fi.ohjaamo.organisation.Membership;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in outcomes, recorded in the audit log: one entry in each organisation the account's person belongs to, so
 * that its administrators see them; an unknown username belongs to no organisation.
 */
final class SignInEvents {

	private SignInEvents() {
	}

	/** The events of one outcome for an account: one per organisation of its person, or one with none. */
	static List<Auditable> of(LocalCredential account, Organisations organisations,
			BiFunction<String, @Nullable UUID, Auditable> event) {
		String name = organisations.person(account.getPersonId())
			.map(PersonView::displayName)
			.map(displayName -> displayName + " (" + account.getUsername() + ")")
			.orElse(account.getUsername());
		var memberships = organisations.membershipsOf(account.getPersonId())
			.stream()
			.map(Membership::getOrganisationId)
			.distinct()
			.toList();
		return memberships.isEmpty() ? List.of(event.apply(name, null))
				: memberships.stream().map(organisationId -> event.apply(name, organisationId)).toList();
	}

	/** {@code who} is the person's name and username, or the username alone. */
	record SignedIn(String who, @Nullable UUID organisationId) implements Auditable {
		public String action() { return "identity.signed-in"; }
		public String objectType() { return "account"; }
		public @Nullable String objectId() { return who; }
		public String summary() { return who; }
	}

	record SignInFailed(String who, @Nullable UUID organisationId) implements Auditable {
		public String action() { return "identity.sign-in-failed"; }
		public String objectType() { return "account"; }
		public @Nullable String objectId() { return who; }
		public String summary() { return who; }
	}

	record AccountCreated(String username, UUID personId) implements Auditable {
		public String action() { return "identity.account-created"; }
		public @Nullable UUID organisationId() { return null; }
		public String objectType() { return "account"; }
		public @Nullable String objectId() { return personId.toString(); }
		public String summary() { return username; }
	}

}
