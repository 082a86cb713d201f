package fi.ohjaamo.strategy.strategies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or editing a focus area; {@code version} is the version the person saw, null when adding. */
record FocusAreaForm(@NotBlank @Size(max = 500) String name, @Size(max = 4000) String description,
		@Nullable Long version) {

	FocusAreaForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
	}

	static FocusAreaForm of(FocusArea area) {
		return new FocusAreaForm(area.getName(), area.getDescription(), area.getVersion());
	}

}
