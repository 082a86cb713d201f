package fi.ohjaamo.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.SignedInPerson;
import fi.ohjaamo.organisation.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: creating them and checking a password against one, with lock-out. */
@Service
public class LocalAccounts {

	/** Compared against when the username is unknown, so that case costs as much time as a wrong password. */
	private final String decoyHash;

	private final LocalCredentialRepository credentials;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LocalAccounts(LocalCredentialRepository credentials, Organisations organisations, PasswordEncoder encoder,
			IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.credentials = credentials;
		this.organisations = organisations;
		this.encoder = encoder;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.decoyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/** Gives a person a username and password; the password is stored only as a hash. */
	@Transactional
	public void create(UUID personId, String username, String password) {
		if (credentials.existsByUsername(LocalCredential.normalise(username))) {
			throw new IllegalStateException("username taken: " + username);
		}
		credentials.save(new LocalCredential(personId, username, encoder.encode(password)));
		events.publishEvent(new SignInEvents.AccountCreated(LocalCredential.normalise(username), personId));
	}

	public boolean anyExist() {
		return credentials.count() > 0;
	}

	/**
	 * Checks a sign-in attempt. Unknown users, wrong passwords and locked accounts all come back empty
	 * after the same password-hashing work, so the answer tells an attacker nothing.
	 */
	@Transactional
	public Optional<SignedInPerson> authenticate(String username, String password) {
		var now = clock.instant();
		var found = credentials.findByUsername(LocalCredential.normalise(username));
		boolean matches = encoder.matches(password, found.map(LocalCredential::getPasswordHash).orElse(decoyHash));
		if (found.isEmpty()) {
			events.publishEvent(new SignInEvents.SignInFailed(LocalCredential.normalise(username), null));
			return Optional.empty();
		}
		var credential = found.get();
		if (credential.isLocked(now) || !matches) {
			if (!credential.isLocked(now)) {
				credential.failed(now, properties.maxFailedAttempts(), properties.lockDuration());
			}
			SignInEvents.of(credential, organisations, SignInEvents.SignInFailed::new).forEach(events::publishEvent);
			return Optional.empty();
		}
		credential.succeeded(now);
		SignInEvents.of(credential, organisations, SignInEvents.SignedIn::new).forEach(events::publishEvent);
		return organisations.person(credential.getPersonId())
			.map(p -> new SignedInPerson(p.id(), p.displayName(), credential.getUsername()));
	}

}
