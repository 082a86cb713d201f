package fi.ohjaamo.strategy.swot;

import fi.ohjaamo.strategy.SwotQuadrant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or editing a SWOT item; {@code version} is the version the person saw, null when adding. */
public record SwotItemForm(@NotNull @Nullable SwotQuadrant quadrant, @NotBlank @Size(max = 2000) String description,
		@Size(max = 2000) String response, @Nullable Long version) {

	public SwotItemForm {
		description = description == null ? "" : description.strip();
		response = response == null ? "" : response.strip();
	}

	static SwotItemForm blank(SwotQuadrant quadrant) {
		return new SwotItemForm(quadrant, "", "", null);
	}

	public static SwotItemForm of(SwotItem item) {
		return new SwotItemForm(item.getQuadrant(), item.getDescription(), item.getResponse(), item.getVersion());
	}

}
