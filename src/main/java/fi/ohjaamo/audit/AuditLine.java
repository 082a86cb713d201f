package fi.ohjaamo.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log as a person reads it: who, what happened and to what, in names and in the reader's
 * language, never in ids or code words; a project's line links to the project.
 */
record AuditLine(Instant occurredAt, String actor, String what, String object, @Nullable String projectId,
		@Nullable String remoteAddress) {
}
