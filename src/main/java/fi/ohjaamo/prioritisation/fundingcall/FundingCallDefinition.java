package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.util.List;

/** What a person sets on a call: its texts, budget, application period and criteria with weights. */
public record FundingCallDefinition(String name, String description, BigDecimal budget, FundingPeriod period,
		List<CallCriterion> criteria) {
}
