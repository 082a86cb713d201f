package fi.ohjaamo.actionplan;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change a plan, and which plan may still change: administrators and IT management keep the plans of their
 * own organisation, and only while a plan is a draft. Every editing controller asks here, so the rule is one rule.
 */
@Component
class PlanKeeping {

	private final ActionPlans plans;

	PlanKeeping(ActionPlans plans) {
		this.plans = plans;
	}

	/** Administrators and IT management keep the plans; everyone in the organisation reads them. */
	static void requireKeeper(CurrentUser user) {
		if (!user.ownsPortfolio()) {
			throw new AccessDeniedException("may not edit action plans");
		}
	}

	/**
	 * The organisation's draft the user may change.
	 * @throws AccessDeniedException when the user does not keep plans
	 * @throws PlanApprovedException when the plan is approved and so frozen
	 */
	ActionPlan draft(CurrentUser user, UUID planId) {
		requireKeeper(user);
		var plan = plans.get(user.organisationId(), planId);
		plan.requireDraft();
		return plan;
	}

}
