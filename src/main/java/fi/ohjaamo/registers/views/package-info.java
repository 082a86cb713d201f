/**
 * Views of the register: the lists of systems, vendors and contracts filtered and searched, the integration map and
 * the lifecycle chart. Named as an interface so that the spreadsheet export chooses systems with the same filter as
 * the list.
 */
@NullMarked
@NamedInterface("views")
package fi.ohjaamo.registers.views;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
