package fi.ohjaamo.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedAttempts consecutive wrong passwords that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param adminUsername with {@code adminPassword}, creates the first administrator on an empty database
 */
@ConfigurationProperties("ohjaamo.identity")
record IdentityProperties(int maxFailedAttempts, Duration lockDuration, @Nullable String adminUsername,
		@Nullable String adminPassword, @Nullable String adminOrganisation) {

	IdentityProperties {
		maxFailedAttempts = maxFailedAttempts <= 0 ? 5 : maxFailedAttempts;
		lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
	}

}
