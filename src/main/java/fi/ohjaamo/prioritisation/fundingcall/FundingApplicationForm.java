package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An application: either an existing project, or the title, service area, goal and description of a new one that the
 * application creates as a proposal; the amount applied for and the justification.
 */
record FundingApplicationForm(@Nullable UUID projectId, @Size(max = 300) String newTitle,
		@Nullable UUID newServiceAreaId, @Nullable UUID newGoalId, @Size(max = 4000) String newDescription, @NotNull @Nullable BigDecimal amount,
		@NotBlank @Size(max = 4000) String justification) {

	FundingApplicationForm {
		newTitle = newTitle == null ? "" : newTitle.strip();
		newDescription = newDescription == null ? "" : newDescription.strip();
		justification = justification == null ? "" : justification.strip();
	}

	static FundingApplicationForm blank() {
		return new FundingApplicationForm(null, "", null, null, "", null, "");
	}

	boolean createsProject() {
		return projectId == null;
	}

}
