/**
 * The public face of an organisation's portfolio: the projects whose cards are marked public, shown read-only
 * without signing in and given out as open data (JSON, CSV, OpenAPI) under CC BY 4.0. Only the fields chosen in
 * ADR 0013 ever leave through here. Approved action plans are published the same way, as frozen at approval.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "actionplan", "portfolio", "organisation", "strategy", "shared" })
package fi.ohjaamo.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
