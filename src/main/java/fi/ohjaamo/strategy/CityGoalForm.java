package fi.ohjaamo.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding a goal of the city strategy. */
record CityGoalForm(@NotBlank @Size(max = 500) String name) {

	CityGoalForm {
		name = name == null ? "" : name.strip();
	}

}
