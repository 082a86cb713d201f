package fi.ohjaamo.actionplan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan as it reads: the introduction chapters numbered first, then the numbered groups with their projects. For an
 * approved plan the cards are the revisions frozen at approval; for a draft the latest ones. The approvals are the
 * decisions of the approval chain in order, none for a draft.
 */
public record PlanContents(UUID planId, String title, String period, PlanStatus status, List<PlanApproval> approvals,
		List<PlanChapter> introduction, List<PlanGroup> groups) {

	/** The first decision, which approved and froze the plan; null for a draft. */
	public @Nullable PlanApproval approval() {
		return approvals.isEmpty() ? null : approvals.get(0);
	}

}
