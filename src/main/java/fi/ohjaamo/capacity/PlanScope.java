package fi.ohjaamo.capacity;

import java.util.EnumSet;
import java.util.Set;

import fi.ohjaamo.portfolio.Status;

/** Which projects count as the plan: every proposed and decided one, or only those approved or under way. */
public enum PlanScope {

	OPEN(EnumSet.of(Status.PROPOSAL, Status.ASSESSED, Status.APPROVED, Status.IN_PROGRESS)),
	APPROVED(EnumSet.of(Status.APPROVED, Status.IN_PROGRESS));

	private final Set<Status> statuses;

	PlanScope(Set<Status> statuses) {
		this.statuses = statuses;
	}

	public Set<Status> statuses() {
		return EnumSet.copyOf(statuses);
	}

}
