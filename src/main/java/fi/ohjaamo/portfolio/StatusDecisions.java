package fi.ohjaamo.portfolio;

import java.util.UUID;

/**
 * A module that records approvals and rejections itself (the decisions module, through its decision rules).
 * While one says so for an organisation, a card's form cannot move a card to {@link Status#APPROVED} or
 * {@link Status#REJECTED}; only {@link Projects#decide} can. The portfolio knows no such module by name.
 */
public interface StatusDecisions {

	/** True when the organisation's approvals and rejections are recorded as decisions of a body. */
	boolean recordsDecisions(UUID organisationId);

	/** The statuses only a recorded decision may set. */
	static boolean isDecided(Status status) {
		return status == Status.APPROVED || status == Status.REJECTED;
	}

}
