/**
 * The portfolio's pages: the portfolio table, the card and its printable form, history and diffs, the
 * card form with its conflict handling, and the coverage of the strategic goals.
 */
@NullMarked
package fi.ohjaamo.portfolio.web;

import org.jspecify.annotations.NullMarked;
