/**
 * Documents to print and hand out: the one-page portfolio summary, the strategy and the action plan, each written
 * once as a small document model and rendered to PDF (tagged, fonts embedded) and to Word, in Finnish, Swedish or
 * English.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "actionplan", "portfolio", "prioritisation", "capacity", "strategy", "organisation",
		"shared" })
package fi.ohjaamo.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
