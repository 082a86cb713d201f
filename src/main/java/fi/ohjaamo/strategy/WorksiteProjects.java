package fi.ohjaamo.strategy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The projects that sit on worksites, for the programme page. The strategy module declares this port and the
 * portfolio implements it, because the portfolio depends on the strategy and never the other way round. A port
 * rather than a portfolio page keeps the whole tree, programme › theme › worksite › projects, on one page that
 * the strategy module owns; the portfolio's filter by worksite then lists the same projects in full.
 */
public interface WorksiteProjects {

	/** A project on a worksite; {@code statusKey} is the message key of its status. */
	record ProjectOnWorksite(UUID projectId, UUID worksiteId, String title, String statusKey) {
	}

	/** The organisation's projects on the given worksites, in the portfolio's number order. */
	List<ProjectOnWorksite> on(UUID organisationId, Collection<UUID> worksiteIds);

}
