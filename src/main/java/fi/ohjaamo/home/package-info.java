/**
 * The front page of a signed-in person: for IT management, what needs acting on now (support ending with no project,
 * contract notice deadlines, systems nobody owns); everyone else goes on to the portfolio as before.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "registers" })
package fi.ohjaamo.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
