package fi.ohjaamo.scenario;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A scenario's name and description; {@code version} is the version the person saw, null when making one. */
record ScenarioForm(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
		@Nullable Long version) {

	ScenarioForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
	}

	static ScenarioForm blank() {
		return new ScenarioForm("", "", null);
	}

	static ScenarioForm of(Scenario scenario) {
		return new ScenarioForm(scenario.getName(), scenario.getDescription(), scenario.getVersion());
	}

}
