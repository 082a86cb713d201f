package fi.ohjaamo.decisions;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording a body's decision from its minutes. */
record DecisionForm(@NotNull @Nullable DecisionOutcome outcome,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
		@NotBlank @Size(max = 50) String minutesSection, @Size(max = 100) String diaryNumber,
		@NotBlank @Size(max = 4000) String decisionText, @Size(max = 4000) String conditions,
		@Size(max = 1000) @Pattern(regexp = TcoForm.LINK) String link) {

	DecisionForm {
		minutesSection = minutesSection == null ? "" : minutesSection.strip();
		diaryNumber = diaryNumber == null ? "" : diaryNumber.strip();
		decisionText = decisionText == null ? "" : decisionText.strip();
		conditions = conditions == null ? "" : conditions.strip();
		link = link == null ? "" : link.strip();
	}

	static DecisionForm blank(LocalDate today) {
		return new DecisionForm(DecisionOutcome.APPROVED, today, "", "", "", "", "");
	}

	/** Only call on a form without errors. */
	DecisionRecord record() {
		return new DecisionRecord(outcome == null ? DecisionOutcome.RETURNED : outcome,
				decidedOn == null ? LocalDate.EPOCH : decidedOn, minutesSection, diaryNumber, decisionText, conditions,
				link);
	}

}
