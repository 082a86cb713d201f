package fi.ohjaamo.strategy;

import java.math.BigDecimal;

/** Which way an indicator should move: up for the share of e-services, down for the days a request waits. */
public enum IndicatorDirection {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/** Whether the value reaches the target, an equal value counting as reached in both directions. */
	boolean meets(BigDecimal value, BigDecimal target) {
		int compared = value.compareTo(target);
		return this == HIGHER_IS_BETTER ? compared >= 0 : compared <= 0;
	}

}
