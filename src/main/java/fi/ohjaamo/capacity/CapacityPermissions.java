package fi.ohjaamo.capacity;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change the capacity of IT and the service areas: the portfolio's owners, IT management and administrators.
 * The grid's save asks before every write; the pages ask to show only what may be done.
 */
final class CapacityPermissions {

	private CapacityPermissions() {
	}

	static boolean mayKeep(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/**
	 * @throws AccessDeniedException when the person may not change the capacity
	 */
	static void requireKeeper(CurrentUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("only IT management keeps the capacity");
		}
	}

}
