package fi.ohjaamo.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing with growing delays instead of locking accounts, so that nobody can lock
 * someone else out by typing wrong passwords under their name. Failures are counted per address, per account
 * and address, and per account; past each count's free attempts, the next attempt must wait 1 s, 2 s, 4 s …
 * up to the longest delay. The per-account count stops a guesser who changes addresses, but it never slows an
 * address that has signed in to the account before, so the account's owner gets in during an attack. Kept in
 * memory: a restart forgets it, and every instance of a cluster counts on its own.
 */
@Component
class SignInThrottle {

	/** Beyond this many remembered keys, keys idle longer than the longest delay are forgotten. */
	private static final int MAX_KEYS = 100_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> trustedAddresses = new ConcurrentHashMap<>();

	private final IdentityProperties.Throttle limits;

	private final Clock clock;

	SignInThrottle(IdentityProperties properties, Clock clock) {
		this.limits = properties.throttle();
		this.clock = clock;
	}

	/** How long the attempt must still wait; zero when it may be checked now. */
	Duration waitBefore(String username, String address) {
		var now = clock.instant();
		var wait = later(waitOf("address:" + address, limits.addressFreeAttempts(), now),
				waitOf(pair(username, address), limits.freeAttempts(), now));
		if (!trusted(username, address)) {
			wait = later(wait, waitOf("account:" + username, limits.accountFreeAttempts(), now));
		}
		return wait;
	}

	void failed(String username, String address) {
		var now = clock.instant();
		forgetIdleKeys(now);
		var forgotten = now.minus(limits.maxDelay());
		for (String key : new String[] { "address:" + address, pair(username, address), "account:" + username }) {
			// A count whose last failure is older than the longest delay starts again: a mistake next week is
			// not punished for this week's.
			failures.merge(key, new Failures(1, now), (old, one) -> old.last().isBefore(forgotten) ? one
					: new Failures(old.count() + 1, now));
		}
	}

	/** A right password clears the account's counts and makes the address one the account is used from. */
	void succeeded(String username, String address) {
		failures.remove(pair(username, address));
		failures.remove("account:" + username);
		trustedAddresses.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(address);
	}

	private boolean trusted(String username, String address) {
		var addresses = trustedAddresses.get(username);
		return addresses != null && addresses.contains(address);
	}

	private Duration waitOf(String key, int freeAttempts, Instant now) {
		var f = failures.get(key);
		if (f == null || f.count() < freeAttempts) {
			return Duration.ZERO;
		}
		var delay = delayAfter(f.count() - freeAttempts);
		var until = f.last().plus(delay);
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	/** 1 s after the first failure beyond the free ones, doubling with each further failure, capped. */
	Duration delayAfter(int failuresBeyondFree) {
		int doublings = Math.min(failuresBeyondFree, 30);
		var delay = Duration.ofSeconds(1L << doublings);
		return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
	}

	private void forgetIdleKeys(Instant now) {
		if (failures.size() > MAX_KEYS) {
			var horizon = now.minus(limits.maxDelay());
			failures.values().removeIf(f -> f.last().isBefore(horizon));
		}
		if (trustedAddresses.size() > MAX_KEYS) {
			trustedAddresses.clear();
		}
	}

	private static String pair(String username, String address) {
		return "pair:" + username + "\n" + address;
	}

	private static Duration later(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private record Failures(int count, Instant last) {
	}

}
