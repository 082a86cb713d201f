package fi.ohjaamo.steering;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change the steering bodies: the portfolio's owners (IT management and administrators). The service asks
 * before every write; the pages ask to show only what may be done.
 */
final class SteeringPermissions {

	private SteeringPermissions() {
	}

	static boolean mayKeepBodies(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/**
	 * @throws AccessDeniedException when the person may not keep the bodies
	 */
	static void requireKeeper(CurrentUser user) {
		if (!mayKeepBodies(user)) {
			throw new AccessDeniedException("may not manage steering bodies");
		}
	}

}
