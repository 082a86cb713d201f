/**
 * Capacity against demand: the person-days IT and service areas have per quarter, the demand the cards' resource
 * lines put on them when spread over the projects' schedules, and the quarters where demand exceeds capacity.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "portfolio", "organisation", "shared" })
package fi.ohjaamo.capacity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
