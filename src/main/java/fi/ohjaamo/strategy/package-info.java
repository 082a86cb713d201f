/**
 * The organisation's IT strategy: strategies over time with one current, their focus areas, the city strategy's
 * goals, the strategic goals projects serve, the actions under goals, indicators with targets and measurements,
 * and SWOT analyses whose responses become actions. Every save of these keeps a version in the history module.
 * The strategy as a document to print is written in {@code strategy.document}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "history", "documents", "search", "shared" })
package fi.ohjaamo.strategy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
