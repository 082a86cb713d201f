package fi.ohjaamo.prioritisation.fundingcall;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * IT management's choice for one application against the ranking, and why; no choice returns it to the ranking.
 * The version is the application's as the person saw it, so a choice made meanwhile by someone else is not overwritten.
 */
record OverrideForm(@Nullable SelectionOverride choice, @Size(max = 2000) String explanation, @Nullable Long version) {

	OverrideForm {
		explanation = explanation == null ? "" : explanation.strip();
	}

	static OverrideForm of(FundingApplication application) {
		return new OverrideForm(application.getOverride(), application.getOverrideReason(), application.getVersion());
	}

}
