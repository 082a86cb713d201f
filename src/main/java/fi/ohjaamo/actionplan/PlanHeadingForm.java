package fi.ohjaamo.actionplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A plan's title and period; {@code version} is the version the person saw, null for a new plan. */
record PlanHeadingForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 100) String periodLabel,
		@NotNull @Min(2000) @Max(2100) @Nullable Integer firstYear,
		@NotNull @Min(2000) @Max(2100) @Nullable Integer lastYear, @Nullable Long version) {

	PlanHeadingForm {
		title = title == null ? "" : title.strip();
		periodLabel = periodLabel == null ? "" : periodLabel.strip();
	}

	static PlanHeadingForm blank(int year) {
		return new PlanHeadingForm("", "", year, year + 1, null);
	}

	static PlanHeadingForm of(ActionPlan plan) {
		return new PlanHeadingForm(plan.getTitle(), plan.getPeriodLabel(), plan.getFirstYear(), plan.getLastYear(),
				plan.getVersion());
	}

	void check(Errors errors) {
		if (firstYear != null && lastYear != null && lastYear < firstYear && !errors.hasFieldErrors("lastYear")) {
			errors.rejectValue("lastYear", "actionplan.plan.lastYear.beforeFirst");
		}
	}

	PlanHeading heading() {
		return new PlanHeading(title, periodLabel, firstYear == null ? 0 : firstYear, lastYear == null ? 0 : lastYear);
	}

}
