/**
 * The accessibility statement (saavutettavuusseloste) the Act on the Provision of Digital Services (306/2019)
 * requires: one per organisation, readable by anyone without signing in and linked from every page, edited by the
 * organisation's administrator, with a sensible default until they do.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "publication", "shared" })
package fi.ohjaamo.accessibility;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
