package fi.ohjaamo.registers;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a yes-or-no question about a system, such as whether it handles personal data, which may not have
 * been answered yet: an unknown is never read as a no.
 */
public enum Answer {

	YES, NO, UNKNOWN;

	/** The answer a yes-or-no column holds, null meaning not answered. */
	public static Answer of(@Nullable Boolean value) {
		return value == null ? UNKNOWN : value ? YES : NO;
	}

	/** The answer as a yes-or-no column holds it, null when not answered. */
	public @Nullable Boolean asBoolean() {
		return this == UNKNOWN ? null : this == YES;
	}

}
