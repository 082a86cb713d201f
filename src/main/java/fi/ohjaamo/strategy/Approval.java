package fi.ohjaamo.strategy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Who approved a strategy and where the decision can be found. */
@Embeddable
public record Approval(@Column(name = "approval_body") String body, @Column(name = "approval_date") LocalDate date,
		@Column(name = "approval_minutes_section") @Nullable String minutesSection,
		@Column(name = "approval_diary_number") @Nullable String diaryNumber,
		@Column(name = "approval_link") @Nullable String link) {

}
