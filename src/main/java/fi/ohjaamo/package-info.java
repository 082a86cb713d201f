/**
 * Ohjaamo: a municipality's IT strategy, action plan and project portfolio in one application.
 */
@NullMarked
package fi.ohjaamo;

import org.jspecify.annotations.NullMarked;
