/**
 * The information-system register (tietojärjestelmäluettelo): systems with their lifecycle, integrations and yearly
 * costs, the vendors and contracts behind them, and the projects that change them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "portfolio", "history", "exchange", "search", "shared" })
package fi.ohjaamo.registers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
