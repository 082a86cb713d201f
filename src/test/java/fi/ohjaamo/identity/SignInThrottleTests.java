package fi.ohjaamo.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	static final String HOME = "192.0.2.10";

	static final String ATTACKER = "203.0.113.66";

	final MutableClock clock = new MutableClock();

	final SignInThrottle throttle = new SignInThrottle(
			new IdentityProperties(new IdentityProperties.Throttle(5, 20, 50, Duration.ofMinutes(15)), null, null, null),
			clock);

	@Test
	void freeAttemptsThenDelaysThatDoubleUpToTheLongest() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.waitBefore("tiina", HOME)).isZero();
			throttle.failed("tiina", HOME);
		}
		assertThat(throttle.waitBefore("tiina", HOME)).isEqualTo(Duration.ofSeconds(1));
		clock.pass(Duration.ofSeconds(1));
		throttle.failed("tiina", HOME);
		assertThat(throttle.waitBefore("tiina", HOME)).isEqualTo(Duration.ofSeconds(2));
		clock.pass(Duration.ofSeconds(2));
		throttle.failed("tiina", HOME);
		assertThat(throttle.waitBefore("tiina", HOME)).isEqualTo(Duration.ofSeconds(4));
		assertThat(throttle.delayAfter(40)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aRightPasswordClearsTheAccountsCount() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("tiina", HOME);
		}
		clock.pass(Duration.ofSeconds(1));
		throttle.succeeded("tiina", HOME);
		throttle.failed("tiina", HOME);
		assertThat(throttle.waitBefore("tiina", HOME)).isZero();
	}

	@Test
	void guessingFromElsewhereNeverSlowsTheAddressTheOwnerSignsInFrom() {
		throttle.succeeded("tiina", HOME);
		for (int i = 0; i < 200; i++) {
			throttle.failed("tiina", ATTACKER);
		}
		assertThat(throttle.waitBefore("tiina", ATTACKER)).isPositive();
		assertThat(throttle.waitBefore("tiina", HOME)).isZero();
	}

	@Test
	void guessingFromManyAddressesSlowsAddressesNewToTheAccount() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("tiina", "198.51.100." + i);
		}
		assertThat(throttle.waitBefore("tiina", "198.51.100.200")).isPositive();
		assertThat(throttle.waitBefore("sanna", "198.51.100.200")).as("other accounts").isZero();
	}

	@Test
	void oneAddressTryingManyAccountsIsSlowedDown() {
		for (int i = 0; i < 50; i++) {
			throttle.failed("tunnus" + i, ATTACKER);
		}
		assertThat(throttle.waitBefore("vielä-yksi", ATTACKER)).isPositive();
		assertThat(throttle.waitBefore("vielä-yksi", HOME)).isZero();
	}

	@Test
	void countsAreForgottenOnceTheLongestDelayPassesWithoutFailures() {
		for (int i = 0; i < 12; i++) {
			throttle.failed("tiina", HOME);
		}
		clock.pass(Duration.ofMinutes(16));
		throttle.failed("tiina", HOME);
		assertThat(throttle.waitBefore("tiina", HOME)).isZero();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-07T08:00:00Z");

		void pass(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
