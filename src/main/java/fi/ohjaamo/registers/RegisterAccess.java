package fi.ohjaamo.registers;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everyone in the organisation reads the register; administrators and IT management keep it. The one rule for the
 * register's pages, its spreadsheets and the IT unit's key figures, which the same people keep: the services ask it
 * before every write, the pages to show only what may be done.
 */
public final class RegisterAccess {

	private RegisterAccess() {
	}

	public static boolean mayKeep(CurrentUser user) {
		return user.ownsPortfolio();
	}

	public static void requireKeeper(CurrentUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("may not keep the register");
		}
	}

}
