package fi.ohjaamo.strategy.goals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing a goal of the city strategy; {@code version} is the version the person saw, null when adding.
 */
record CityGoalForm(@NotBlank @Size(max = 500) String name, @Size(max = 4000) String description,
		@Nullable Long version) {

	CityGoalForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
	}

	static CityGoalForm blank() {
		return new CityGoalForm("", "", null);
	}

	static CityGoalForm of(CityGoal goal) {
		return new CityGoalForm(goal.getName(), goal.getDescription(), goal.getVersion());
	}

}
