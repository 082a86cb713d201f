package fi.ohjaamo.portfolio;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One kept version of a card: its whole content as it was saved, by whom and when. Never changed. */
@Entity
@Immutable
@Table(name = "project_revision")
class ProjectRevision {

	@Id
	private UUID id;

	private UUID projectId;

	private UUID organisationId;

	private int revision;

	private Instant createdAt;

	private UUID authorId;

	private String authorName;

	/** The card as a {@link CardSnapshot} in JSON, in the shape of the time it was saved. */
	private String content;

	private @Nullable String reasonKind;

	private @Nullable String reasonSubject;

	private @Nullable String reasonNote;

	protected ProjectRevision() {
		this.id = UUID.randomUUID();
		this.projectId = new UUID(0, 0);
		this.organisationId = new UUID(0, 0);
		this.createdAt = Instant.EPOCH;
		this.authorId = new UUID(0, 0);
		this.authorName = "";
		this.content = "";
	}

	ProjectRevision(Project project, UUID authorId, String authorName, String content,
			@Nullable RevisionReason reason) {
		this();
		if (reason != null) {
			this.reasonKind = reason.kind();
			this.reasonSubject = reason.subject();
			this.reasonNote = reason.note();
		}
		this.projectId = project.getId();
		this.organisationId = project.getOrganisationId();
		this.revision = project.getRevision();
		this.createdAt = project.getUpdatedAt();
		this.authorId = authorId;
		this.authorName = authorName;
		this.content = content;
	}

	int getRevision() {
		return revision;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	UUID getAuthorId() {
		return authorId;
	}

	String getAuthorName() {
		return authorName;
	}

	String getContent() {
		return content;
	}

	@Nullable RevisionReason getReason() {
		return reasonKind == null ? null
				: new RevisionReason(reasonKind, String.valueOf(reasonSubject), reasonNote == null ? "" : reasonNote);
	}

}
