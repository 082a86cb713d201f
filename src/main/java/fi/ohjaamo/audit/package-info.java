/**
 * The audit log: who did what to which organisation's data, when and from where. It records every
 * {@link fi.ohjaamo.shared.Auditable} event in the transaction that caused it, and offers no way to
 * change or remove an entry; it reads the names of the people and projects its lines name from their modules.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "portfolio", "shared" })
package fi.ohjaamo.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
