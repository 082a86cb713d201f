package fi.ohjaamo.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One kept version of a record: its fields as they were saved, by whom and when. Never changed. */
@Entity
@Immutable
@Table(name = "subject_version")
class SubjectVersion {

	@Id
	private UUID id;

	private UUID organisationId;

	private String subjectType;

	private UUID subjectId;

	@Column(name = "version_number")
	private int number;

	private Instant savedAt;

	private @Nullable UUID authorId;

	private String authorName;

	private String title;

	private boolean deleted;

	/** The {@link Snapshot} as JSON. */
	private String content;

	protected SubjectVersion() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.subjectType = "";
		this.subjectId = new UUID(0, 0);
		this.savedAt = Instant.EPOCH;
		this.authorName = "";
		this.title = "";
		this.content = "";
	}

	SubjectVersion(UUID organisationId, Subject subject, int number, Instant savedAt, @Nullable UUID authorId,
			String authorName, String title, boolean deleted, String content) {
		this();
		this.organisationId = organisationId;
		this.subjectType = subject.type();
		this.subjectId = subject.id();
		this.number = number;
		this.savedAt = savedAt;
		this.authorId = authorId;
		this.authorName = authorName;
		this.title = title;
		this.deleted = deleted;
		this.content = content;
	}

	int getNumber() {
		return number;
	}

	Instant getSavedAt() {
		return savedAt;
	}

	String getAuthorName() {
		return authorName;
	}

	String getTitle() {
		return title;
	}

	boolean isDeleted() {
		return deleted;
	}

	String getContent() {
		return content;
	}

}
