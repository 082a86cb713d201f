package fi.ohjaamo.strategy.swot;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Starting or describing a SWOT analysis: its title, the day it was made and the strategy it was made for (none
 * for the whole organisation); {@code version} is the version the person saw, null when starting one.
 */
record SwotAnalysisForm(@NotBlank @Size(max = 300) String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate analysedOn, @Nullable UUID strategyId,
		@Nullable Long version) {

	SwotAnalysisForm {
		title = title == null ? "" : title.strip();
	}

	static SwotAnalysisForm blank() {
		return new SwotAnalysisForm("", null, null, null);
	}

	static SwotAnalysisForm of(SwotAnalysis analysis) {
		return new SwotAnalysisForm(analysis.getTitle(), analysis.getAnalysedOn(), analysis.getStrategyId(),
				analysis.getVersion());
	}

}
