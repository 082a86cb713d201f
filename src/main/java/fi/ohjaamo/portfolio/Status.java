package fi.ohjaamo.portfolio;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a project: idea → proposal → assessed → approved → in progress → done, or rejected or cancelled on
 * the way. A project moves one step forward or back at a time (a proposal may still be approved without a separate
 * assessment), may be cancelled until it is done, and a rejected or cancelled project may be taken up again as a
 * proposal.
 */
public enum Status {

	IDEA, PROPOSAL, ASSESSED, APPROVED, REJECTED, IN_PROGRESS, DONE, CANCELLED;

	public Set<Status> reachable() {
		Set<Status> targets = EnumSet.of(this);
		switch (this) {
			case IDEA -> targets.addAll(Set.of(PROPOSAL, CANCELLED));
			case PROPOSAL -> targets.addAll(Set.of(IDEA, ASSESSED, APPROVED, CANCELLED));
			case ASSESSED -> targets.addAll(Set.of(PROPOSAL, APPROVED, REJECTED, CANCELLED));
			case APPROVED -> targets.addAll(Set.of(PROPOSAL, IN_PROGRESS, CANCELLED));
			case REJECTED -> targets.add(PROPOSAL);
			case IN_PROGRESS -> targets.addAll(Set.of(APPROVED, DONE, CANCELLED));
			case DONE -> targets.add(IN_PROGRESS);
			case CANCELLED -> targets.add(PROPOSAL);
		}
		return targets;
	}

	public boolean canMoveTo(Status target) {
		return reachable().contains(target);
	}

}
