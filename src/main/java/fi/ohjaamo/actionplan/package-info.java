/**
 * The action plan (toimenpidesuunnitelma): per period, introduction chapters and the projects chosen for it, grouped
 * and numbered; approved by a body, when a snapshot of its cards is frozen and later changes are shown against it.
 * The plan as a document to print is written in {@code actionplan.document}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "portfolio", "steering", "documents", "search", "shared" })
package fi.ohjaamo.actionplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
