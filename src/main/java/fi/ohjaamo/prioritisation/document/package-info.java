/**
 * The portfolio on one page for management, in PDF and Word, and the route that serves it. It reads the portfolio,
 * the ranking and the capacity outlook, so it lives in the lowest module that may see all three: the portfolio
 * cannot (capacity and prioritisation depend on it), and capacity stays below prioritisation, as scenarios build on
 * it.
 */
@NullMarked
package fi.ohjaamo.prioritisation.document;

import org.jspecify.annotations.NullMarked;
