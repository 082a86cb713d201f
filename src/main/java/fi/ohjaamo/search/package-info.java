/**
 * Search across what an organisation has written: project cards, information systems, strategy items and action
 * plans, found by any inflected form of a word in Finnish, Swedish or English and ranked by relevance. One Lucene
 * index serves every database the same way; each business module tells it what to index through a
 * {@link fi.ohjaamo.search.SearchSource}, and the index follows every audited write, so no module needs to call it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "organisation", "shared" })
package fi.ohjaamo.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
