/**
 * Spreadsheets, both ways: the filtered portfolio exported to Excel and projects imported from Excel, the
 * information-system register exported and an application list imported into it; each import through a checked
 * preview that is committed whole or not at all, with hostile files turned away unread.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "portfolio", "organisation", "strategy", "registers", "registers :: views", "shared" })
package fi.ohjaamo.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
