package fi.ohjaamo.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.SignedInPerson;
import fi.ohjaamo.shared.ControlCharacters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: creating them and checking a password against one, slowed down after failures. */
@Service
public class LocalAccounts {

	/** Compared against when the username is unknown, so that case costs as much time as a wrong password. */
	private final String decoyHash;

	private final LocalCredentialRepository credentials;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LocalAccounts(LocalCredentialRepository credentials, Organisations organisations, PasswordEncoder encoder,
			SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		this.credentials = credentials;
		this.organisations = organisations;
		this.encoder = encoder;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
		this.decoyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/** Gives a person a username and password; the password is stored only as a hash. */
	@Transactional
	public void create(UUID personId, String username, String password) {
		if (credentials.existsAcrossOrganisationsByUsername(LocalCredential.normalise(username))) {
			throw new IllegalStateException("username taken: " + username);
		}
		credentials.save(new LocalCredential(personId, username, encoder.encode(password)));
		events.publishEvent(new SignInEvents.AccountCreated(LocalCredential.normalise(username), personId));
	}

	public boolean anyExist() {
		return credentials.countAcrossOrganisations() > 0;
	}

	/** A failed attempt, in the audit log of each organisation of the account's person (of none for an unknown name). */
	private void failed(String username) {
		credentials.findForSignInByUsername(username)
			.map(account -> SignInEvents.of(account, organisations, SignInEvents.SignInFailed::new))
			.orElseGet(() -> java.util.List.of(new SignInEvents.SignInFailed(username, null)))
			.forEach(events::publishEvent);
	}

	/** Checks a password where no client address is known, such as a check of the accounts at start. */
	@Transactional
	public Optional<SignedInPerson> authenticate(String username, String password) {
		return authenticate(username, password, "");
	}

	/**
	 * Checks a sign-in attempt from an address. Unknown users, wrong passwords and attempts that came too soon
	 * after earlier failures all come back empty, so the answer tells an attacker nothing; an attempt that must
	 * still wait is refused without looking at the password and does not count as a failure.
	 */
	@Transactional
	public Optional<SignedInPerson> authenticate(String username, String password, String address) {
		String name = LocalCredential.normalise(ControlCharacters.strip(username));
		// No saved text holds control characters, so a name with them is nobody's; the database is not asked (PostgreSQL
		// refuses a NUL in a query), and the attempt costs the same work as any unknown name.
		boolean anyonesName = name.equals(LocalCredential.normalise(username));
		if (throttle.waitBefore(name, address).isPositive()) {
			failed(name);
			return Optional.empty();
		}
		var found = anyonesName ? credentials.findForSignInByUsername(name) : Optional.<LocalCredential>empty();
		boolean matches = encoder.matches(password, found.map(LocalCredential::getPasswordHash).orElse(decoyHash));
		if (found.isEmpty() || !matches) {
			throttle.failed(name, address);
			failed(name);
			return Optional.empty();
		}
		var credential = found.get();
		throttle.succeeded(name, address);
		credential.succeeded(clock.instant());
		SignInEvents.of(credential, organisations, SignInEvents.SignedIn::new).forEach(events::publishEvent);
		return organisations.person(credential.getPersonId())
			.map(p -> new SignedInPerson(p.id(), p.displayName(), credential.getUsername()));
	}

}
