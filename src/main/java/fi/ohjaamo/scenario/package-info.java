/**
 * Scenarios of the project portfolio: what if some projects were taken out, ideas taken in or schedules shifted —
 * capacity and costs per year beside the current plan, scenarios compared side by side, and one adopted onto the
 * real cards.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "capacity", "portfolio", "organisation", "shared" })
package fi.ohjaamo.scenario;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
