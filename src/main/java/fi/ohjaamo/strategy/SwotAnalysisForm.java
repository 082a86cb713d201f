package fi.ohjaamo.strategy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Starting a SWOT analysis: its title and the day it was made. */
record SwotAnalysisForm(@NotBlank @Size(max = 300) @Nullable String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate analysedOn) {

	SwotAnalysisForm {
		title = title == null ? "" : title.strip();
	}

}
