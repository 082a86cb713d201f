/**
 * Development projects on the municipal project card and the portfolio that holds them: every version
 * of every card, conflicts between simultaneous edits, and the filtered, totalled portfolio view; how a card's
 * fields read in print ({@link fi.ohjaamo.portfolio.CardFields}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "strategy", "documents", "exchange", "search", "shared" })
package fi.ohjaamo.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
