package fi.ohjaamo.actionplan;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.portfolio.PlanNumbers;
import org.springframework.stereotype.Component;

/**
 * A card's number comes from the plan it is in, computed as the plan page and the plan document compute it
 * ({@link PlanOutline}); numbers are never kept, so the three cannot disagree.
 */
@Component
class PlanNumbersOnCard implements PlanNumbers {

	private final ActionPlans plans;

	PlanNumbersOnCard(ActionPlans plans) {
		this.plans = plans;
	}

	@Override
	public Optional<PlanNumber> of(UUID organisationId, UUID projectId, Locale locale) {
		return plans.of(organisationId)
			.stream()
			.filter(plan -> plan.includes(projectId))
			// The latest period first (the list's order), an approved plan before a draft of the same period.
			.sorted(Comparator.comparing((ActionPlan plan) -> !plan.isApproved())
				.thenComparing(ActionPlan::getFirstYear, Comparator.reverseOrder()))
			.findFirst()
			.flatMap(plan -> PlanChanges.entries(plans.contents(plan, locale).groups())
				.stream()
				.filter(entry -> entry.projectId().equals(projectId))
				.findFirst()
				.map(entry -> new PlanNumber(entry.number(), plan.getId(), plan.getTitle())));
	}

}
