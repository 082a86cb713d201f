/**
 * Who must approve a project and what must be known first: the organisation's decision matrix of ordered rules,
 * the facts and analyses of each project, and the approval flow whose decisions only the named body's members record.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "steering", "portfolio", "organisation", "shared" })
package fi.ohjaamo.decisions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
