package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change what in the prioritisation: the portfolio's owners (IT management and administrators) keep the
 * criteria, score the projects and run the funding calls; whoever writes the cards of a service area applies for
 * funding with that area's projects. The services ask before every write; the pages ask to show only what may be
 * done.
 */
public final class PrioritisationPermissions {

	private PrioritisationPermissions() {
	}

	public static boolean mayKeepCriteria(CurrentUser user) {
		return user.ownsPortfolio();
	}

	public static boolean mayScore(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/** Running a call covers opening and closing it, scoring its applications and recording its results. */
	public static boolean mayRunFundingCalls(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/** Anyone who may write the cards of some service area may apply with them. */
	public static boolean mayApply(CurrentUser user) {
		return user.mayCreateProjects();
	}

	/** Applying with a project speaks for its service area, so only one's own area's projects. */
	public static boolean mayApplyWith(CurrentUser user, @Nullable UUID serviceAreaId) {
		return serviceAreaId != null && user.mayEditServiceArea(serviceAreaId);
	}

	/**
	 * @throws AccessDeniedException with the refusal when not permitted
	 */
	public static void require(boolean permitted, String refusal) {
		if (!permitted) {
			throw new AccessDeniedException(refusal);
		}
	}

}
