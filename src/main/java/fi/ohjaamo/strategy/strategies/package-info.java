/**
 * Strategies and their focus areas: the pages that show and edit them, their forms, their repositories and
 * the events of their saves, and the overview tree from focus areas down to actions and projects.
 */
@NullMarked
package fi.ohjaamo.strategy.strategies;

import org.jspecify.annotations.NullMarked;
