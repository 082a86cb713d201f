package fi.ohjaamo.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or renaming a strategic goal; {@code version} is the version the person saw, null when adding. */
record GoalForm(@NotBlank @Size(max = 500) @Nullable String name, @Nullable Long version) {

	GoalForm {
		name = name == null ? "" : name.strip();
	}

}
