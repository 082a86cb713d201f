package fi.ohjaamo.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A username and password hash that lets one person sign in, and the state of its lock-out. */
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

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed attempt; the n-th consecutive failure locks the account for the given time. */
	void failed(Instant now, int maxAttempts, Duration lockFor) {
		failedAttempts++;
		if (failedAttempts >= maxAttempts) {
			lockedUntil = now.plus(lockFor);
			failedAttempts = 0;
		}
	}

	void succeeded(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
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

	int getFailedAttempts() {
		return failedAttempts;
	}

}
