/**
 * The portfolio in Excel, both ways: the filtered portfolio exported with every card field and its cost and
 * resource lines, and projects imported from a template or an export through a checked preview committed whole or
 * not at all. Built on the spreadsheet infrastructure of {@link fi.ohjaamo.exchange}; a new card field is added here
 * beside the card, in the card's own module.
 */
@NullMarked
package fi.ohjaamo.portfolio.exchange;

import org.jspecify.annotations.NullMarked;
