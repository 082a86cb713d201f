package fi.ohjaamo.portfolio;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a project: idea → proposal → approved → in progress → done, or cancelled on the way.
 * A project moves one step forward or back at a time, may be cancelled until it is done, and a
 * cancelled project may be taken up again as a proposal.
 */
public enum Status {

	IDEA, PROPOSAL, APPROVED, IN_PROGRESS, DONE, CANCELLED;

	public Set<Status> reachable() {
		Set<Status> targets = EnumSet.of(this);
		switch (this) {
			case IDEA -> targets.addAll(Set.of(PROPOSAL, CANCELLED));
			case PROPOSAL -> targets.addAll(Set.of(IDEA, APPROVED, CANCELLED));
			case APPROVED -> targets.addAll(Set.of(PROPOSAL, IN_PROGRESS, CANCELLED));
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
