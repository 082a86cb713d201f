package fi.ohjaamo.strategy.support;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change the strategy (strategies, their focus areas and goals, city goals, actions, indicators, SWOT
 * analyses, programmes, spearhead themes and worksites): the portfolio's owners, IT management and administrators.
 * Everyone in the organisation reads it. The services ask before every write; the pages ask to show only what may be
 * done.
 */
public final class StrategyPermissions {

	private StrategyPermissions() {
	}

	public static boolean mayKeep(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/**
	 * @throws AccessDeniedException when the person may not change the strategy
	 */
	public static void requireKeeper(CurrentUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("only IT management keeps the strategy");
		}
	}

}
