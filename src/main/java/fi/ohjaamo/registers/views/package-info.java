/**
 * Views of the register: the lists of systems, vendors and contracts filtered and searched, the integration map and
 * the lifecycle chart.
 */
@NullMarked
package fi.ohjaamo.registers.views;

import org.jspecify.annotations.NullMarked;
