/**
 * Indicators with targets and measured values: their pages and chart, forms, repository and the events of their
 * saves.
 */
@NullMarked
package fi.ohjaamo.strategy.indicators;

import org.jspecify.annotations.NullMarked;
