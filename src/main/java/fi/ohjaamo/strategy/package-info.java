/**
 * The organisation's strategy. For now a plain list of strategic goals that projects serve; the full
 * strategy (focus areas, actions, indicators, SWOT) grows here.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "shared" })
package fi.ohjaamo.strategy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
