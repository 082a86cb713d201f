package fi.ohjaamo.portfolio;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The number a project has in the action plan it belongs to, as that plan numbers it, so that the card shows the same
 * number as the plan and its document. The action plan module implements it; the portfolio names none of it.
 */
public interface PlanNumbers {

	/** The project's number in its latest approved plan, else its latest draft; empty when it is in no plan. */
	Optional<PlanNumber> of(UUID organisationId, UUID projectId, Locale locale);

	/** A project's number in a plan, with the plan it is in. */
	record PlanNumber(String number, UUID planId, String planTitle) {
	}

}
