package fi.ohjaamo.decisions;

import java.math.BigDecimal;
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
 * A recorded analysis of a project: a total-cost-of-ownership analysis with its figures, or a risk assessment.
 * Analyses are only added, never changed: a revised analysis is recorded anew, the newest counts and the earlier
 * ones stay as its versions.
 */
@Entity
@Table(name = "project_analysis")
public class ProjectAnalysis {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID projectId;

	@Enumerated(EnumType.STRING)
	private Analysis kind;

	private @Nullable Integer years;

	private @Nullable BigDecimal oneOff;

	private @Nullable BigDecimal recurringPerYear;

	private String summary;

	private String link;

	private LocalDate madeOn;

	private UUID authorId;

	private String authorName;

	private Instant recordedAt;

	protected ProjectAnalysis() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.projectId = new UUID(0, 0);
		this.kind = Analysis.RISK_ASSESSMENT;
		this.summary = "";
		this.link = "";
		this.madeOn = LocalDate.EPOCH;
		this.authorId = new UUID(0, 0);
		this.authorName = "";
		this.recordedAt = Instant.EPOCH;
	}

	static ProjectAnalysis tco(UUID organisationId, UUID projectId, int years, BigDecimal oneOff,
			BigDecimal recurringPerYear, String summary, String link, LocalDate madeOn, UUID authorId,
			String authorName, Instant now) {
		var analysis = new ProjectAnalysis(organisationId, projectId, Analysis.TCO, summary, link, madeOn, authorId,
				authorName, now);
		analysis.years = years;
		analysis.oneOff = oneOff;
		analysis.recurringPerYear = recurringPerYear;
		return analysis;
	}

	static ProjectAnalysis risk(UUID organisationId, UUID projectId, String summary, String link, LocalDate madeOn,
			UUID authorId, String authorName, Instant now) {
		return new ProjectAnalysis(organisationId, projectId, Analysis.RISK_ASSESSMENT, summary, link, madeOn,
				authorId, authorName, now);
	}

	private ProjectAnalysis(UUID organisationId, UUID projectId, Analysis kind, String summary, String link,
			LocalDate madeOn, UUID authorId, String authorName, Instant now) {
		this();
		this.organisationId = organisationId;
		this.projectId = projectId;
		this.kind = kind;
		this.summary = summary;
		this.link = link;
		this.madeOn = madeOn;
		this.authorId = authorId;
		this.authorName = authorName;
		this.recordedAt = now;
	}

	/** One-off costs plus recurring costs over the analysed years. */
	public @Nullable BigDecimal getTotal() {
		return oneOff == null || recurringPerYear == null || years == null ? null
				: oneOff.add(recurringPerYear.multiply(BigDecimal.valueOf(years)));
	}

	public UUID getId() { return id; }

	public UUID getProjectId() { return projectId; }

	public Analysis getKind() { return kind; }

	public @Nullable Integer getYears() { return years; }

	public @Nullable BigDecimal getOneOff() { return oneOff; }

	public @Nullable BigDecimal getRecurringPerYear() { return recurringPerYear; }

	public String getSummary() { return summary; }

	public String getLink() { return link; }

	public LocalDate getMadeOn() { return madeOn; }

	public String getAuthorName() { return authorName; }

	public Instant getRecordedAt() { return recordedAt; }

}
