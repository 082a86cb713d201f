/**
 * The shared kernel: values every business area speaks (schedule points, money), the audit event
 * contract and the web plumbing common to all pages.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fi.ohjaamo.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
