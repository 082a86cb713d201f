/**
 * SWOT analyses and their items: their pages, forms, repositories and the events of their saves.
 */
@NullMarked
package fi.ohjaamo.strategy.swot;

import org.jspecify.annotations.NullMarked;
