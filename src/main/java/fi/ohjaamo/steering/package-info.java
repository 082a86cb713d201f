/**
 * Steering bodies of an organisation (IT steering group, management team, the city board's IT division): who sits
 * in them, who chairs and who prepares their matters. Later also their meetings and annual calendar.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "history", "shared" })
package fi.ohjaamo.steering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
