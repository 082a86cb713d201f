package fi.ohjaamo.actionplan;

import java.util.UUID;

/**
 * An approved plan is frozen; a change to it is refused and nothing is written. The page that answers it explains why
 * and offers a new draft version of the plan (see {@code ApprovedPlanAnswer}).
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class PlanApprovedException extends RuntimeException {

	private final UUID planId;

	PlanApprovedException(UUID planId) {
		super("the plan is approved and can no longer change");
		this.planId = planId;
	}

	UUID planId() {
		return planId;
	}

}
