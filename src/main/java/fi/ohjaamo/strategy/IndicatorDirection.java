package fi.ohjaamo.strategy;

/**
 * Which way an indicator should move: up for the share of e-services, down for the days a request waits. A target's
 * own rule judges the values; the direction says which way is better, and which comparison a new target starts from.
 */
public enum IndicatorDirection {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/** The comparison a new target of this direction starts from: reaching a number from below or from above. */
	public TargetOperator reaching() {
		return this == LOWER_IS_BETTER ? TargetOperator.LE : TargetOperator.GE;
	}

}
