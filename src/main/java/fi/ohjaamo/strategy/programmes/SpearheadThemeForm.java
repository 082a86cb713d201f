package fi.ohjaamo.strategy.programmes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or editing a spearhead theme; {@code version} is the version the person saw, null when adding. */
record SpearheadThemeForm(@NotBlank @Size(max = 500) String name, @Size(max = 4000) String description,
		@Nullable Long version) {

	SpearheadThemeForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
	}

	static SpearheadThemeForm blank() {
		return new SpearheadThemeForm("", "", null);
	}

	static SpearheadThemeForm of(SpearheadTheme theme) {
		return new SpearheadThemeForm(theme.getName(), theme.getDescription(), theme.getVersion());
	}

}
