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

/**
 * A body's decision on a project as recorded from its minutes; decisions are only added, never changed. A mistake in a
 * record is corrected by a new record that names the one it corrects and why ({@link #correction}).
 */
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

	private @Nullable UUID correctsId;

	private @Nullable String correctionReason;

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
			UUID recordedById, String recordedByName, Instant now, @Nullable Integer cardRevision) {
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

	/**
	 * A new record correcting this one's date, section, diary number, text, conditions or link, with the reason; the
	 * body and the outcome stay those of the decision (another outcome is another decision).
	 */
	ProjectDecision correction(DecisionRecord record, String reason, UUID byId, String byName, Instant now) {
		var corrected = new ProjectDecision(organisationId, projectId, projectTitle, bodyId,
				new DecisionRecord(outcome, record.decidedOn(), record.minutesSection(), record.diaryNumber(),
						record.decisionText(), record.conditions(), record.link()),
				byId, byName, now, cardRevision);
		corrected.correctsId = id;
		corrected.correctionReason = reason;
		return corrected;
	}

	public UUID getId() { return id; }

	public UUID getOrganisationId() { return organisationId; }

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

	/** The decision this record corrects; null for a decision recorded as such. */
	public @Nullable UUID getCorrectsId() { return correctsId; }

	public @Nullable String getCorrectionReason() { return correctionReason; }

}
