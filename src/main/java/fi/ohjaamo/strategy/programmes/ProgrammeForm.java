package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.strategy.ProgrammeStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Creating or editing a programme; {@code strategyId} is the strategy it carries out, if any, and {@code version}
 * the version the person saw, null when creating.
 */
record ProgrammeForm(@NotBlank @Size(max = 300) String name, @NotNull @Min(1990) @Max(2100) @Nullable Integer startYear,
		@NotNull @Min(1990) @Max(2100) @Nullable Integer endYear, @Size(max = 4000) String description,
		@Nullable UUID strategyId, @NotNull @Nullable ProgrammeStatus status, @Nullable Long version) {

	ProgrammeForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
	}

	static ProgrammeForm blank() {
		return new ProgrammeForm("", null, null, "", null, ProgrammeStatus.DRAFT, null);
	}

	static ProgrammeForm of(Programme p) {
		return new ProgrammeForm(p.getName(), p.getStartYear(), p.getEndYear(), p.getDescription(), p.getStrategyId(),
				p.getStatus(), p.getVersion());
	}

	boolean endsBeforeStart() {
		return startYear != null && endYear != null && endYear < startYear;
	}

}
