package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The portfolio's projects that serve the organisation's goals, as the strategy's pages show them.
 * <p>
 * A port the portfolio module implements: projects name the goals they serve, so the portfolio depends on the
 * strategy and not the other way round. Declaring what the strategy needs here, in the strategy's own words, lets
 * the goal page and the strategy overview show projects without a cycle between the modules.
 */
public interface GoalProjects {

	/**
	 * The projects serving the organisation's goals, or only the given goal's, one entry per project and goal it
	 * serves, in project-number order; cancelled projects are left out. Every entry's yearly costs cover the same
	 * years: from the earliest cost of the projects returned, open-ended recurring costs running to the last year.
	 */
	List<GoalProject> of(UUID organisationId, @Nullable UUID goalId);

}
