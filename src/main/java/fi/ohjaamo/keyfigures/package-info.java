/**
 * The IT unit's key figures (tunnusluvut) per year: workstations, servers, applications, phone lines, service
 * requests and how many of them were solved at first level, and IT costs against the organisation's total costs.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "registers", "history", "shared" })
package fi.ohjaamo.keyfigures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
