package fi.ohjaamo.decisions;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Correcting a recorded decision: its facts as they should read, and why they are corrected. */
record CorrectionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
		@NotBlank @Size(max = 50) String minutesSection, @Size(max = 100) String diaryNumber,
		@NotBlank @Size(max = 4000) String decisionText, @Size(max = 4000) String conditions,
		@Size(max = 1000) @Pattern(regexp = TcoForm.LINK) String link, @NotBlank @Size(max = 1000) String reason) {

	CorrectionForm {
		minutesSection = minutesSection == null ? "" : minutesSection.strip();
		diaryNumber = diaryNumber == null ? "" : diaryNumber.strip();
		decisionText = decisionText == null ? "" : decisionText.strip();
		conditions = conditions == null ? "" : conditions.strip();
		link = link == null ? "" : link.strip();
		reason = reason == null ? "" : reason.strip();
	}

	static CorrectionForm of(ProjectDecision d) {
		return new CorrectionForm(d.getDecidedOn(), d.getMinutesSection(), d.getDiaryNumber(), d.getDecisionText(),
				d.getConditions(), d.getLink(), "");
	}

	/** Only call on a form without errors; the outcome is the corrected decision's own. */
	DecisionRecord record(DecisionOutcome outcome) {
		return new DecisionRecord(outcome, decidedOn == null ? LocalDate.EPOCH : decidedOn, minutesSection,
				diaryNumber, decisionText, conditions, link);
	}

}
