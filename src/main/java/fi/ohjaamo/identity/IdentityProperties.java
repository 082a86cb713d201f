package fi.ohjaamo.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param throttle how wrong passwords slow down further attempts
 * @param adminUsername with {@code adminPassword}, creates the first administrator on an empty database
 */
@ConfigurationProperties("ohjaamo.identity")
record IdentityProperties(Throttle throttle, @Nullable String adminUsername, @Nullable String adminPassword,
		@Nullable String adminOrganisation) {

	IdentityProperties {
		throttle = throttle == null ? new Throttle(0, 0, 0, Throttle.LONGEST_DELAY) : throttle;
	}

	/**
	 * @param freeAttempts wrong passwords for one account from one address before attempts are slowed down
	 * @param accountFreeAttempts wrong passwords for one account from any addresses before attempts from
	 * addresses that have not signed in to it before are slowed down
	 * @param addressFreeAttempts wrong passwords from one address, for any accounts, before it is slowed down
	 * (high, because a whole town hall may reach the server from one address)
	 * @param maxDelay the longest wait between attempts; a count is forgotten when this long passes without failure
	 */
	record Throttle(int freeAttempts, int accountFreeAttempts, int addressFreeAttempts, Duration maxDelay) {

		static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

		Throttle {
			freeAttempts = freeAttempts <= 0 ? 5 : freeAttempts;
			accountFreeAttempts = accountFreeAttempts <= 0 ? 20 : accountFreeAttempts;
			addressFreeAttempts = addressFreeAttempts <= 0 ? 50 : addressFreeAttempts;
			maxDelay = maxDelay == null ? LONGEST_DELAY : maxDelay;
		}

	}

}
