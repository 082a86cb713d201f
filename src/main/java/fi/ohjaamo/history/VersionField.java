package fi.ohjaamo.history;

import org.jspecify.annotations.Nullable;

/**
 * One field of a kept version, independent of any language: {@code label} is the message code naming the field,
 * {@code argument} an optional part of the name (a target's year), and the value is stored as its {@link Kind}
 * says, to be worded for the reader only when shown.
 */
public record VersionField(String label, @Nullable String argument, Kind kind, String value) {

	public enum Kind {

		/** Text as people wrote it, names of linked records included. */
		TEXT,
		/** A message code, such as the label of an enum value. */
		CODE,
		/** An ISO date (2026-03-02). */
		DATE,
		/** A plain decimal number (1234.5). */
		NUMBER

	}

	/** Identifies the field across versions. */
	String key() {
		return argument == null ? label : label + "|" + argument;
	}

}
