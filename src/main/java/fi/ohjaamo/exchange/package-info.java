/**
 * The portfolio in spreadsheets, both ways: the filtered portfolio exported to Excel, and projects imported from
 * Excel through a checked preview that is committed whole or not at all; hostile files are turned away unread.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "portfolio", "organisation", "strategy", "shared" })
package fi.ohjaamo.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
