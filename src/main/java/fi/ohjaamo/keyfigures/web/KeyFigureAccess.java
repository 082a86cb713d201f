package fi.ohjaamo.keyfigures.web;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everyone in the organisation reads the key figures; administrators and IT management keep them, the same people who
 * keep the register.
 */
final class KeyFigureAccess {

	private KeyFigureAccess() {
	}

	static boolean mayKeep(CurrentUser user) {
		return user.ownsPortfolio();
	}

	static void requireKeeper(CurrentUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("may not keep the key figures");
		}
	}

}
