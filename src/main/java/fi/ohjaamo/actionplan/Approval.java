package fi.ohjaamo.actionplan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One decision of a plan's approval chain as kept: a steering body of the organisation, or a body named in words (the
 * council), with the body's name at the time so the plan keeps reading the same if the body is renamed; the date
 * (null when not known), the minutes section, appendix (liite), diary number and link.
 */
@Embeddable
public record Approval(@Column(name = "body_id") @Nullable UUID bodyId, @Column(name = "body") String body,
		@Column(name = "decision_date") @Nullable LocalDate date, @Column(name = "section") String section,
		@Column(name = "appendix") @Nullable String appendix,
		@Column(name = "diary_number") @Nullable String diaryNumber, @Column(name = "link") @Nullable String link) {

	/** A decision as approvals were recorded before the chain: without an appendix. */
	public Approval(@Nullable UUID bodyId, String body, @Nullable LocalDate date, String section,
			@Nullable String diaryNumber, @Nullable String link) {
		this(bodyId, body, date, section, null, diaryNumber, link);
	}

	PlanApproval view() {
		return new PlanApproval(body, date, section, blankToNull(appendix), blankToNull(diaryNumber),
				blankToNull(link));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
