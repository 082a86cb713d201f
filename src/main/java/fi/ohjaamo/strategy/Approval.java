package fi.ohjaamo.strategy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One decision in a strategy's approval chain (the board's, then the council's): who decided, when (null when the
 * date is not known), and where the decision can be found: minutes section (§), appendix (liite), diary number, link.
 */
@Embeddable
public record Approval(@Column(name = "body") String body, @Column(name = "decision_date") @Nullable LocalDate date,
		@Column(name = "minutes_section") @Nullable String minutesSection,
		@Column(name = "appendix") @Nullable String appendix,
		@Column(name = "diary_number") @Nullable String diaryNumber, @Column(name = "link") @Nullable String link) {

	/** A decision as approvals were recorded before the chain: without an appendix. */
	public Approval(String body, @Nullable LocalDate date, @Nullable String minutesSection,
			@Nullable String diaryNumber, @Nullable String link) {
		this(body, date, minutesSection, null, diaryNumber, link);
	}

	public boolean dateKnown() {
		return date != null;
	}

}
