package fi.ohjaamo.decisions;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.steering.SteeringBody;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change what on the way to a decision: the portfolio's owners (IT management and administrators) keep the
 * decision rules and mark proposals assessed; only the members of the deciding body record and correct its
 * decisions. A project's facts and analyses are written by whoever may edit the project, as the portfolio answers.
 * The services ask before every write; the pages ask to show only what may be done.
 */
public final class DecisionPermissions {

	private DecisionPermissions() {
	}

	public static boolean mayKeepRules(CurrentUser user) {
		return user.ownsPortfolio();
	}

	public static boolean mayMarkAssessed(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/** A body's decisions are its members' to record and correct, whatever their role otherwise. */
	public static boolean mayDecideFor(CurrentUser user, @Nullable SteeringBody body) {
		return body != null && body.hasMember(user.personId());
	}

	/**
	 * @throws AccessDeniedException with the refusal when not permitted
	 */
	static void require(boolean permitted, String refusal) {
		if (!permitted) {
			throw new AccessDeniedException(refusal);
		}
	}

}
