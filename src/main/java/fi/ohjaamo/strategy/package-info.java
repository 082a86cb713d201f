/**
 * The organisation's IT strategy: strategies over time with one current, their focus areas, the city strategy's
 * goals, and the strategic goals projects serve (actions, indicators and SWOT grow here).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "shared" })
package fi.ohjaamo.strategy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
