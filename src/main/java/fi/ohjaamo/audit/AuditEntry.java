package fi.ohjaamo.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the audit log. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	private UUID id;

	private Instant occurredAt;

	private @Nullable UUID organisationId;

	private @Nullable UUID actorId;

	private String actorName;

	private String action;

	private String objectType;

	private @Nullable String objectId;

	private String summary;

	private @Nullable String remoteAddress;

	protected AuditEntry() {
		this.id = UUID.randomUUID();
		this.occurredAt = Instant.EPOCH;
		this.actorName = "";
		this.action = "";
		this.objectType = "";
		this.summary = "";
	}

	AuditEntry(Instant occurredAt, @Nullable UUID organisationId, @Nullable UUID actorId, String actorName,
			String action, String objectType, @Nullable String objectId, String summary,
			@Nullable String remoteAddress) {
		this();
		this.occurredAt = occurredAt;
		this.organisationId = organisationId;
		this.actorId = actorId;
		this.actorName = truncate(actorName, 200);
		this.action = action;
		this.objectType = objectType;
		// An id can be what someone typed, such as the name tried at sign-in; it must never make the work fail.
		this.objectId = objectId == null ? null : truncate(objectId, 100);
		this.summary = truncate(summary, 1000);
		this.remoteAddress = remoteAddress;
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public @Nullable UUID getOrganisationId() {
		return organisationId;
	}

	public String getActorName() {
		return actorName;
	}

	public String getAction() {
		return action;
	}

	public String getObjectType() {
		return objectType;
	}

	public @Nullable String getObjectId() {
		return objectId;
	}

	public String getSummary() {
		return summary;
	}

	public @Nullable String getRemoteAddress() {
		return remoteAddress;
	}

}
