package fi.ohjaamo.actionplan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan as it reads: the introduction chapters numbered first, then the numbered groups with their projects. For an
 * approved plan the cards are the revisions frozen at approval; for a draft the latest ones.
 */
public record PlanContents(UUID planId, String title, String period, PlanStatus status,
		@Nullable PlanApproval approval, List<PlanChapter> introduction, List<PlanGroup> groups) {
}
