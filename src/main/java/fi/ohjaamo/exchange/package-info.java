/**
 * Spreadsheet infrastructure, for the modules that exchange their data in Excel: hostile files turned away unread
 * ({@link fi.ohjaamo.exchange.WorkbookGuard}), the sheets of an upload read as text within limits
 * ({@link fi.ohjaamo.exchange.SheetReader}), cells written safe from formulas ({@link fi.ohjaamo.exchange.RowWriter}),
 * the shared shape of a workbook with drop-down lists, and labels read back in any of the languages. It knows no
 * module's data: the portfolio's export and project import live in {@code fi.ohjaamo.portfolio.exchange}, the
 * register's in {@code fi.ohjaamo.registers.exchange}, each beside the fields it writes.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package fi.ohjaamo.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
