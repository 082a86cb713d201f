/**
 * Programmes with their spearhead themes and worksites: their pages, forms, repositories and the events of their
 * saves.
 */
@NullMarked
package fi.ohjaamo.strategy.programmes;

import org.jspecify.annotations.NullMarked;
