package fi.ohjaamo.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.ohjaamo.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved plans, for publishing: each as its frozen snapshot, never a draft. The snapshot carries whole frozen
 * cards; the publication module reduces them to its one allow-list of public fields (ADR 0013, ADR 0014).
 */
@Service
@Transactional(readOnly = true)
public class ApprovedPlans {

	/** An approved plan as frozen, and when it was approved. */
	public record ApprovedPlan(PlanContents contents, Instant approvedAt) {
	}

	private final ActionPlanRepository plans;

	private final ActionPlans actionPlans;

	ApprovedPlans(ActionPlanRepository plans, ActionPlans actionPlans) {
		this.plans = plans;
		this.actionPlans = actionPlans;
	}

	/** The organisation's approved plans, the latest period first. */
	public List<ApprovedPlan> publishedPlans(UUID organisationId, Locale locale) {
		return plans.findByOrganisationIdAndStatusOrderByFirstYearDescTitleAsc(organisationId, PlanStatus.APPROVED)
			.stream()
			.map(plan -> approved(plan, locale))
			.toList();
	}

	/** One approved plan; a draft, or a plan of another organisation, is as unknown as one never created. */
	public ApprovedPlan publishedPlan(UUID organisationId, UUID planId, Locale locale) {
		var plan = plans.findByIdAndOrganisationId(planId, organisationId)
			.filter(ActionPlan::isApproved)
			.orElseThrow(NotFoundException::new);
		return approved(plan, locale);
	}

	private ApprovedPlan approved(ActionPlan plan, Locale locale) {
		var approvedAt = plan.getApprovedAt();
		return new ApprovedPlan(actionPlans.contents(plan, locale), approvedAt == null ? Instant.EPOCH : approvedAt);
	}

}
