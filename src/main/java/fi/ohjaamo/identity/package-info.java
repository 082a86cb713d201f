/**
 * How people prove who they are: local accounts with hashed passwords and sign-in throttling, the security rules
 * of the web application, and the first administrator of a new deployment. Single sign-on will add
 * another way to reach the same {@code Person} without changing the organisation module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "shared" })
package fi.ohjaamo.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
