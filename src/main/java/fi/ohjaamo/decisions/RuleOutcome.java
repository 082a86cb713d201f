package fi.ohjaamo.decisions;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How one rule reads one project: whether it applies, the amount it compared (null for rules on facts), whether that
 * amount took a range's upper bound, and whether it is only the known part of costs that have unknown lines
 * ({@code knownPart}): enough when it already passes the limit, otherwise the rule cannot be read until the lines are
 * estimated.
 */
public record RuleOutcome(RuleDefinition rule, Verdict verdict, @Nullable BigDecimal amount, boolean upperBound,
		boolean knownPart) {

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
			case ONE_OFF_ABOVE -> above(rule, costs.oneOff(), costs.oneOffKnown(), costs.oneOffRanged());
			case RECURRING_ABOVE -> above(rule, costs.recurringPerYear(), costs.recurringKnown(),
					costs.recurringRanged());
			case TOTAL_ABOVE -> above(rule, costs.total(years(rule)), costs.totalKnown(years(rule)),
					costs.oneOffRanged() || costs.recurringRanged());
		};
	}

	private static int years(RuleDefinition rule) {
		return rule.years() == null ? 1 : rule.years();
	}

	private static RuleOutcome fact(RuleDefinition rule, boolean holds) {
		return new RuleOutcome(rule, holds ? Verdict.APPLIES : Verdict.DOES_NOT_APPLY, null, false, false);
	}

	private static RuleOutcome above(RuleDefinition rule, @Nullable BigDecimal amount, @Nullable BigDecimal known,
			boolean ranged) {
		BigDecimal limit = rule.limit() == null ? BigDecimal.ZERO : rule.limit();
		if (amount == null) {
			// Unknown lines only add to the known ones: a limit the known part passes is passed in any case.
			boolean passedAnyway = known != null && known.compareTo(limit) > 0;
			return new RuleOutcome(rule, passedAnyway ? Verdict.APPLIES : Verdict.COSTS_UNKNOWN, known, ranged,
					known != null);
		}
		return new RuleOutcome(rule, amount.compareTo(limit) > 0 ? Verdict.APPLIES : Verdict.DOES_NOT_APPLY, amount,
				ranged, false);
	}

}
