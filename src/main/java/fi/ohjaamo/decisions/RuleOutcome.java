package fi.ohjaamo.decisions;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How one rule reads one project: whether it applies, the amount it compared (null for rules on facts) and whether
 * that amount took a range's upper bound.
 */
public record RuleOutcome(RuleDefinition rule, Verdict verdict, @Nullable BigDecimal amount, boolean upperBound) {

	public enum Verdict {

		APPLIES, DOES_NOT_APPLY, COSTS_UNKNOWN

	}

	public boolean applies() {
		return verdict == Verdict.APPLIES;
	}

	public boolean costsUnknown() {
		return verdict == Verdict.COSTS_UNKNOWN;
	}

	static RuleOutcome evaluate(RuleDefinition rule, CardFacts facts) {
		var costs = facts.costs();
		return switch (rule.condition()) {
			case ALWAYS -> fact(rule, true);
			case PROJECT_KIND -> fact(rule, facts.kind() == rule.projectKind());
			case NEW_INFORMATION_SYSTEM -> fact(rule, facts.newInformationSystem());
			case PERSONAL_DATA -> fact(rule, facts.personalData());
			case CROSS_SECTOR -> fact(rule, facts.crossSector());
			case ONE_OFF_ABOVE -> above(rule, costs.oneOff(), costs.oneOffRanged());
			case RECURRING_ABOVE -> above(rule, costs.recurringPerYear(), costs.recurringRanged());
			case TOTAL_ABOVE -> above(rule, costs.total(rule.years() == null ? 1 : rule.years()),
					costs.oneOffRanged() || costs.recurringRanged());
		};
	}

	private static RuleOutcome fact(RuleDefinition rule, boolean holds) {
		return new RuleOutcome(rule, holds ? Verdict.APPLIES : Verdict.DOES_NOT_APPLY, null, false);
	}

	private static RuleOutcome above(RuleDefinition rule, @Nullable BigDecimal amount, boolean ranged) {
		if (amount == null) {
			return new RuleOutcome(rule, Verdict.COSTS_UNKNOWN, null, false);
		}
		BigDecimal limit = rule.limit() == null ? BigDecimal.ZERO : rule.limit();
		return new RuleOutcome(rule, amount.compareTo(limit) > 0 ? Verdict.APPLIES : Verdict.DOES_NOT_APPLY, amount,
				ranged);
	}

}
