/**
 * Organisations of a deployment (municipality, wellbeing area, joint authority), their unit tree, their
 * people and the roles people hold in each, and which organisation the signed-in person works in now.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package fi.ohjaamo.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
