package fi.ohjaamo.actionplan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The approval decision as kept: a steering body of the organisation, or a body named in words (the council), with
 * the body's name at the time so the plan keeps reading the same if the body is renamed.
 */
@Embeddable
public record Approval(@Column(name = "approval_body_id") @Nullable UUID bodyId,
		@Column(name = "approval_body") String body, @Column(name = "approval_date") LocalDate date,
		@Column(name = "approval_section") String section,
		@Column(name = "approval_diary_number") @Nullable String diaryNumber,
		@Column(name = "approval_link") @Nullable String link) {

	PlanApproval view() {
		return new PlanApproval(body, date, section, blankToNull(diaryNumber), blankToNull(link));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
