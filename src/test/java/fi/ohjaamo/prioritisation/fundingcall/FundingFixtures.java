package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.TestData;
import fi.ohjaamo.TestData.Org;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.Criterion;
import fi.ohjaamo.prioritisation.CriterionDefinition;

/** Criteria and calls for the funding tests, made through the modules' own APIs. */
final class FundingFixtures {

	static final LocalDate TODAY = LocalDate.now();

	private final Criteria criteria;

	private final FundingCalls calls;

	FundingFixtures(Criteria criteria, FundingCalls calls) {
		this.criteria = criteria;
		this.calls = calls;
	}

	/** A criterion with a 0–3 scale. */
	Criterion criterion(Org org, String name, int weight) {
		return criteria.add(org.id(), new CriterionDefinition(name, "Kuvaus " + name, weight, 0,
				List.of("Ei lainkaan", "Vähän", "Selvästi", "Ratkaisevasti"), true));
	}

	/** A call using the given criteria with their weights, open for applications from today for a month. */
	FundingCall openCall(Org org, String name, long budget, Criterion... used) {
		var call = draft(org, name, budget, TODAY, TODAY.plusMonths(1), used);
		calls.move(org.itManager().asUser(), call.getId(), FundingCallStatus.OPEN);
		return calls.get(org.id(), call.getId());
	}

	FundingCall draft(Org org, String name, long budget, LocalDate opens, LocalDate closes, Criterion... used) {
		return calls.create(org.itManager().asUser(), new FundingCallDefinition(name, "Kuvaus " + name,
				BigDecimal.valueOf(budget), new FundingPeriod(opens, closes),
				java.util.Arrays.stream(used).map(c -> new CallCriterion(c.getId(), c.getWeight())).toList()));
	}

}
