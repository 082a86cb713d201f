/**
 * The actions under goals: their pages, form, repository and the events of their saves.
 */
@NullMarked
package fi.ohjaamo.strategy.actions;

import org.jspecify.annotations.NullMarked;
