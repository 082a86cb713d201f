package fi.ohjaamo.strategy.goals;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing a strategic goal: its name, the focus area it sits under, what it means, its critical success
 * factors and the city-strategy goals it serves. {@code version} is the version the person saw, null when adding.
 */
record GoalForm(@NotBlank @Size(max = 500) String name, @Nullable UUID focusAreaId,
		@Size(max = 4000) String description, @Size(max = 4000) String successFactors, List<UUID> cityGoalIds,
		@Nullable Long version) {

	GoalForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
		successFactors = successFactors == null ? "" : successFactors.strip();
		cityGoalIds = cityGoalIds == null ? List.of() : List.copyOf(cityGoalIds);
	}

	static GoalForm empty() {
		return new GoalForm("", null, "", "", List.of(), null);
	}

	static GoalForm of(StrategicGoal goal) {
		return new GoalForm(goal.getName(), goal.getFocusAreaId(), goal.getDescription(), goal.getSuccessFactors(),
				List.copyOf(goal.getCityGoalIds()), goal.getVersion());
	}

}
