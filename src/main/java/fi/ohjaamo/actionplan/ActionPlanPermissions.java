package fi.ohjaamo.actionplan;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may keep the action plans: administrators and IT management of the organisation; everyone in it reads them.
 * The service asks before every write; the pages ask to show only what may be done.
 */
final class ActionPlanPermissions {

	private ActionPlanPermissions() {
	}

	static boolean mayKeepPlans(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/**
	 * @throws AccessDeniedException when the person may not keep the plans
	 */
	static void requireKeeper(CurrentUser user) {
		if (!mayKeepPlans(user)) {
			throw new AccessDeniedException("may not edit action plans");
		}
	}

}
