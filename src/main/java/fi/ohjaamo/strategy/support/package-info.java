/**
 * What the strategy's services and pages share: who may change the strategy, the kept versions of its records
 * and who saved one last, the choices of a responsible party and the move buttons' directions.
 */
@NullMarked
package fi.ohjaamo.strategy.support;

import org.jspecify.annotations.NullMarked;
