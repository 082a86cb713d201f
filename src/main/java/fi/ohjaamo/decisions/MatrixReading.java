package fi.ohjaamo.decisions;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The decision matrix read for one project. Rules are in order of precedence, the highest body's rules first: the
 * first applicable rule that names a body decides which body approves, and the analyses of every applicable rule
 * add up. When a rule that names a body cannot be evaluated because costs are unknown before the deciding rule, the
 * body is undetermined until the costs are estimated.
 */
public record MatrixReading(List<RuleOutcome> outcomes, @Nullable UUID decidingBodyId, boolean bodyUndetermined,
		Set<Analysis> required, int unknownCostLines) {

	public static MatrixReading of(List<RuleDefinition> orderedRules, CardFacts facts) {
		var outcomes = orderedRules.stream().map(rule -> RuleOutcome.evaluate(rule, facts)).toList();
		UUID body = null;
		boolean undetermined = false;
		for (var outcome : outcomes) {
			if (outcome.rule().bodyId() == null) {
				continue;
			}
			if (outcome.costsUnknown()) {
				undetermined = true;
				break;
			}
			if (outcome.applies()) {
				body = outcome.rule().bodyId();
				break;
			}
		}
		Set<Analysis> required = EnumSet.noneOf(Analysis.class);
		outcomes.stream().filter(RuleOutcome::applies).forEach(o -> required.addAll(o.rule().required()));
		return new MatrixReading(outcomes, undetermined ? null : body, undetermined, required,
				facts.costs().unknownLines());
	}

	public List<RuleOutcome> applicable() {
		return outcomes.stream().filter(RuleOutcome::applies).toList();
	}

	/** The rules the card's costs cannot decide until their unknown lines are estimated. */
	public List<RuleOutcome> undecidable() {
		return outcomes.stream().filter(RuleOutcome::costsUnknown).toList();
	}

	/** Whether some rule cannot be evaluated because the card's costs are not known. */
	public boolean anyCostsUnknown() {
		return outcomes.stream().anyMatch(RuleOutcome::costsUnknown);
	}

}
