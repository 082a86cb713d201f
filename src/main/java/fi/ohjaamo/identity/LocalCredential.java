package fi.ohjaamo.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A username and password hash that lets one person sign in. Its columns for a lock-out are no longer used:
 * wrong passwords slow attempts down ({@link SignInThrottle}) instead of locking the account.
 */
@Entity
@Table(name = "local_credential")
class LocalCredential {

	@Id
	private UUID id;

	private UUID personId;

	private String username;

	private String passwordHash;

	private int failedAttempts;

	private @Nullable Instant lockedUntil;

	private @Nullable Instant lastSignInAt;

	protected LocalCredential() {
		this.id = UUID.randomUUID();
		this.personId = new UUID(0, 0);
		this.username = "";
		this.passwordHash = "";
	}

	LocalCredential(UUID personId, String username, String passwordHash) {
		this();
		this.personId = personId;
		this.username = normalise(username);
		this.passwordHash = passwordHash;
	}

	static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	void succeeded(Instant now) {
		lastSignInAt = now;
	}

	UUID getPersonId() {
		return personId;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

}
