package fi.ohjaamo.decisions;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording a risk assessment: its summary, link and date. */
record RiskForm(@NotBlank @Size(max = 4000) String summary, @Size(max = 1000) @Pattern(regexp = TcoForm.LINK) String link,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate madeOn) {

	RiskForm {
		summary = summary == null ? "" : summary.strip();
		link = link == null ? "" : link.strip();
	}

	static RiskForm blank(LocalDate today) {
		return new RiskForm("", "", today);
	}

}
