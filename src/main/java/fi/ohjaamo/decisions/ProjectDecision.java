package fi.ohjaamo.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A body's decision on a project as recorded from its minutes; decisions are only added, never changed. */
@Entity
@Table(name = "project_decision")
public class ProjectDecision {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID projectId;

	private String projectTitle;

	private UUID bodyId;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome outcome;

	private LocalDate decidedOn;

	private String minutesSection;

	private String diaryNumber;

	private String decisionText;

	private String conditions;

	private String link;

	private UUID recordedById;

	private String recordedByName;

	private Instant recordedAt;

	/** The card's version the decision produced. */
	private @Nullable Integer cardRevision;

	protected ProjectDecision() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.projectId = new UUID(0, 0);
		this.projectTitle = "";
		this.bodyId = new UUID(0, 0);
		this.outcome = DecisionOutcome.RETURNED;
		this.decidedOn = LocalDate.EPOCH;
		this.minutesSection = "";
		this.diaryNumber = "";
		this.decisionText = "";
		this.conditions = "";
		this.link = "";
		this.recordedById = new UUID(0, 0);
		this.recordedByName = "";
		this.recordedAt = Instant.EPOCH;
	}

	ProjectDecision(UUID organisationId, UUID projectId, String projectTitle, UUID bodyId, DecisionRecord record,
			UUID recordedById, String recordedByName, Instant now, int cardRevision) {
		this();
		this.organisationId = organisationId;
		this.projectId = projectId;
		this.projectTitle = projectTitle;
		this.bodyId = bodyId;
		this.outcome = record.outcome();
		this.decidedOn = record.decidedOn();
		this.minutesSection = record.minutesSection();
		this.diaryNumber = record.diaryNumber();
		this.decisionText = record.decisionText();
		this.conditions = record.conditions();
		this.link = record.link();
		this.recordedById = recordedById;
		this.recordedByName = recordedByName;
		this.recordedAt = now;
		this.cardRevision = cardRevision;
	}

	public UUID getId() { return id; }

	public UUID getProjectId() { return projectId; }

	public String getProjectTitle() { return projectTitle; }

	public UUID getBodyId() { return bodyId; }

	public DecisionOutcome getOutcome() { return outcome; }

	public LocalDate getDecidedOn() { return decidedOn; }

	public String getMinutesSection() { return minutesSection; }

	public String getDiaryNumber() { return diaryNumber; }

	public String getDecisionText() { return decisionText; }

	public String getConditions() { return conditions; }

	public String getLink() { return link; }

	public String getRecordedByName() { return recordedByName; }

	public Instant getRecordedAt() { return recordedAt; }

	public @Nullable Integer getCardRevision() { return cardRevision; }

}
