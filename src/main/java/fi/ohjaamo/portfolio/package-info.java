/**
 * Development projects on the municipal project card and the portfolio that holds them: every version
 * of every card, conflicts between simultaneous edits, and the filtered, totalled portfolio view.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "strategy", "exchange", "shared" })
package fi.ohjaamo.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
