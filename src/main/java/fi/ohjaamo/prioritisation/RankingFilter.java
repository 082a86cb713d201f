package fi.ohjaamo.prioritisation;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.portfolio.Status;
import org.jspecify.annotations.Nullable;

/**
 * The ranking limited to one service area or one status; empty shows every open project. Only open projects are
 * ranked: a rejected, done or cancelled one competes for nothing, so asking for such a status shows all open ones.
 */
public record RankingFilter(@Nullable UUID serviceArea, @Nullable Status status) {

	/** The statuses of the projects the ranking lists, in the order the filter offers them. */
	public static final Set<Status> RANKED = EnumSet.of(Status.IDEA, Status.PROPOSAL, Status.ASSESSED,
			Status.APPROVED, Status.IN_PROGRESS);

	public static final RankingFilter ALL = new RankingFilter(null, null);

	public RankingFilter {
		if (status != null && !RANKED.contains(status)) {
			status = null;
		}
	}

}
