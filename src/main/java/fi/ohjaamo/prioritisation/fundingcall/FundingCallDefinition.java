package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.util.List;

/** What a person sets on a call: its texts, budget, application period and criteria with weights. */
public record FundingCallDefinition(String name, String description, BigDecimal budget, FundingPeriod period,
		List<CallCriterion> criteria) {

	/** What the weights of the criteria a call uses must add up to. */
	public static final int FULL_WEIGHT = 100;

	/** The sum of the weights of the criteria the call uses. */
	public int weightSum() {
		return criteria.stream().mapToInt(CallCriterion::weight).sum();
	}

	/** The call's weight rule: it uses at least one criterion, and their weights add up to {@link #FULL_WEIGHT}. */
	public boolean weighsFully() {
		return !criteria.isEmpty() && weightSum() == FULL_WEIGHT;
	}
}
