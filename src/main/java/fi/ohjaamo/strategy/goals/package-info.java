/**
 * Strategic goals and the city strategy's goals: their pages, the page of one goal, forms, repositories and the
 * events of their saves.
 */
@NullMarked
package fi.ohjaamo.strategy.goals;

import org.jspecify.annotations.NullMarked;
