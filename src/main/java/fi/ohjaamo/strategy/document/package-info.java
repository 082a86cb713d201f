/**
 * The strategy as a document to hand to the council, in PDF and Word, and the route that serves it; written with
 * the document model of the documents module.
 */
@NullMarked
package fi.ohjaamo.strategy.document;

import org.jspecify.annotations.NullMarked;
