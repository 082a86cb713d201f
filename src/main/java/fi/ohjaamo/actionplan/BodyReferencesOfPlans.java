package fi.ohjaamo.actionplan;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.steering.BodyReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved plan names the body that approved it: such a body is kept (made inactive rather than deleted), so that
 * the plan still tells who approved it.
 */
@Component
@Transactional(readOnly = true)
class BodyReferencesOfPlans implements BodyReferences {

	private final ActionPlanRepository plans;

	BodyReferencesOfPlans(ActionPlanRepository plans) {
		this.plans = plans;
	}

	@Override
	public List<Reference> to(UUID organisationId, UUID bodyId) {
		return List.of(new Reference("actionplan.bodyReferences.plans",
				plans.countApprovedBy(organisationId, bodyId)));
	}

}
