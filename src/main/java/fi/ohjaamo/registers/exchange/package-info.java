/**
 * The information-system register in Excel, both ways: the register exported with its integrations, costs, vendors
 * and contracts, and imported back whole, or an application list alone, through a checked preview committed whole
 * or not at all. Built on the spreadsheet infrastructure of {@link fi.ohjaamo.exchange}.
 */
@NullMarked
package fi.ohjaamo.registers.exchange;

import org.jspecify.annotations.NullMarked;
