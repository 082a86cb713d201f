/**
 * Kept versions: every save of a versioned record leaves an immutable, language-neutral snapshot of its fields,
 * so anyone can see who changed what and when, and compare any two versions word by word.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "shared" })
package fi.ohjaamo.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
