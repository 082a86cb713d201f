/**
 * Prioritising the portfolio by criteria the organisation agrees on: weighted criteria with described scales,
 * evaluators' scores with their whole history, and the ranking in which mandatory projects stay above the line;
 * funding calls, whose results a body decides with a section of its minutes. The one-page portfolio summary for
 * management is written here ({@code prioritisation.document}), the lowest module that sees the portfolio, the
 * ranking and the capacity outlook it prints.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "portfolio", "organisation", "steering", "strategy", "capacity", "documents",
		"shared" })
package fi.ohjaamo.prioritisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
