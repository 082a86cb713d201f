/**
 * The action plan as a document laid out like the printed plans, in PDF and Word, and the route that serves it;
 * written with the document model of the documents module and the card's fields as the portfolio prints them.
 */
@NullMarked
package fi.ohjaamo.actionplan.document;

import org.jspecify.annotations.NullMarked;
