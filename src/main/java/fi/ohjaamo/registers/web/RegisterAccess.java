package fi.ohjaamo.registers.web;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** Everyone in the organisation reads the register; administrators and IT management keep it. */
final class RegisterAccess {

	private RegisterAccess() {
	}

	static boolean mayKeep(CurrentUser user) {
		return user.ownsPortfolio();
	}

	static void requireKeeper(CurrentUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("may not keep the register");
		}
	}

}
