/**
 * The format infrastructure of documents to print and hand out: a small document model ({@link Document},
 * {@link Block}, written with {@link DocumentBuilder} and the {@link Words} of the document's language), rendered to
 * PDF (tagged, fonts embedded) and to Word, in Finnish, Swedish or English; the renderers warmed up at start; and
 * {@link DocumentDownloads}, which sends a document and logs it as a disclosure. The documents themselves and their
 * routes belong to the modules whose records they print (the strategy, the action plan, the portfolio summary), so
 * this module knows none of them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package fi.ohjaamo.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
