package fi.ohjaamo.actionplan;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The draft an editing page works on: a plan of the person's own organisation that they may keep
 * ({@link ActionPlanPermissions}) and that is still a draft. The service asks the same rule again as it writes.
 */
@Component
class PlanKeeping {

	private final ActionPlans plans;

	PlanKeeping(ActionPlans plans) {
		this.plans = plans;
	}

	/**
	 * The organisation's draft the user may change.
	 * @throws AccessDeniedException when the user does not keep plans
	 * @throws PlanApprovedException when the plan is approved and so frozen
	 */
	ActionPlan draft(CurrentUser user, UUID planId) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), planId);
		plan.requireDraft();
		return plan;
	}

}
