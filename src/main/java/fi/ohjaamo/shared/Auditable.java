package fi.ohjaamo.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event that the audit log records. Every write and every export publishes one, inside the
 * transaction that does the work, so the log and the data cannot disagree.
 */
public interface Auditable {

	/** What happened, as a stable code such as {@code project.updated}. */
	String action();

	/** The organisation whose data was touched, or null for deployment-wide actions such as a login. */
	@Nullable UUID organisationId();

	/** The kind of object touched, such as {@code project}. */
	String objectType();

	@Nullable String objectId();

	/** A short human-readable description, in the data's own words (a title, a username). */
	String summary();

}
