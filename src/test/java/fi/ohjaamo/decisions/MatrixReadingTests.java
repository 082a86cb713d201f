package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.Vat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the decision matrix reads a project: each condition, ranges, unknown costs and the order of precedence. */
class MatrixReadingTests {

	static final UUID BOARD_DIVISION = UUID.randomUUID();

	static final UUID STEERING_GROUP = UUID.randomUUID();

	@Test
	void oneOffCostsAboveTheLimitApplyAndAtTheLimitDoNot() {
		var rule = cost(RuleCondition.ONE_OFF_ABOVE, "1000000", null);
		assertThat(read(rule, oneOff("1000001")).outcomes().getFirst().applies()).isTrue();
		assertThat(read(rule, oneOff("1000000")).outcomes().getFirst().applies()).isFalse();
	}

	@Test
	void oneOffCostsAreSummedOverTheirLines() {
		var outcome = read(cost(RuleCondition.ONE_OFF_ABOVE, "50000", null),
				List.of(line(CostKind.ONE_OFF, 2026, null, "30000", null), line(CostKind.ONE_OFF, 2027, null, "30000", null)))
			.outcomes().getFirst();
		assertThat(outcome.applies()).isTrue();
		assertThat(outcome.amount()).isEqualByComparingTo("60000");
	}

	@Test
	void recurringCostsAreReadInTheirCostliestYear() {
		// 2026–2027 20 000 a year, 2027– 15 000 a year: 2027 costs 35 000.
		var costs = List.of(line(CostKind.RECURRING, 2026, 2027, "20000", null),
				line(CostKind.RECURRING, 2027, null, "15000", null));
		var outcome = read(cost(RuleCondition.RECURRING_ABOVE, "30000", null), costs).outcomes().getFirst();
		assertThat(outcome.applies()).isTrue();
		assertThat(outcome.amount()).isEqualByComparingTo("35000");
		assertThat(read(cost(RuleCondition.RECURRING_ABOVE, "35000", null), costs).outcomes().getFirst().applies())
			.isFalse();
	}

	@Test
	void totalCostIsOneOffPlusRecurringTimesTheYears() {
		var costs = List.of(line(CostKind.ONE_OFF, 2026, null, "400000", null),
				line(CostKind.RECURRING, 2027, null, "150000", null));
		var fiveYears = read(cost(RuleCondition.TOTAL_ABOVE, "1000000", 5), costs).outcomes().getFirst();
		assertThat(fiveYears.amount()).isEqualByComparingTo("1150000");
		assertThat(fiveYears.applies()).isTrue();
		assertThat(read(cost(RuleCondition.TOTAL_ABOVE, "1000000", 4), costs).outcomes().getFirst().applies()).isFalse();
	}

	@Test
	void rangesAreReadByTheirUpperBoundAndSaySo() {
		var outcome = read(cost(RuleCondition.ONE_OFF_ABOVE, "100000", null),
				List.of(line(CostKind.ONE_OFF, 2026, null, "80000", "120000"))).outcomes().getFirst();
		assertThat(outcome.applies()).isTrue();
		assertThat(outcome.amount()).isEqualByComparingTo("120000");
		assertThat(outcome.upperBound()).isTrue();
		assertThat(read(cost(RuleCondition.ONE_OFF_ABOVE, "100000", null), oneOff("90000")).outcomes().getFirst()
			.upperBound()).isFalse();
	}

	@Test
	void unknownCostsMakeCostRulesUnevaluableButNotFactRules() {
		var unknown = List.of(new CostLine(CostKind.ONE_OFF, 2026, null, null, null, true, Vat.EXCLUDED, ""));
		var reading = read(List.of(cost(RuleCondition.ONE_OFF_ABOVE, "1", null),
				cost(RuleCondition.TOTAL_ABOVE, "1", 3), always(null, Set.of(Analysis.RISK_ASSESSMENT))), unknown);
		assertThat(reading.outcomes()).extracting(RuleOutcome::verdict).containsExactly(RuleOutcome.Verdict.COSTS_UNKNOWN,
				RuleOutcome.Verdict.COSTS_UNKNOWN, RuleOutcome.Verdict.APPLIES);
		assertThat(reading.anyCostsUnknown()).isTrue();
		// A card with no cost lines at all has not estimated its costs either.
		assertThat(read(cost(RuleCondition.RECURRING_ABOVE, "1", null), List.of()).outcomes().getFirst().costsUnknown())
			.isTrue();
	}

	@Test
	void aCardWithOnlyOneOffCostsHasNoRecurringCosts() {
		var outcome = read(cost(RuleCondition.RECURRING_ABOVE, "0", null), oneOff("5000")).outcomes().getFirst();
		assertThat(outcome.verdict()).isEqualTo(RuleOutcome.Verdict.DOES_NOT_APPLY);
		assertThat(outcome.amount()).isEqualByComparingTo("0");
	}

	@Test
	void kindAndFactRulesReadTheCardKindAndTheProjectsFacts() {
		var procurement = new RuleDefinition("Hankinnat", RuleCondition.PROJECT_KIND, null, null, ProjectKind.PROCUREMENT,
				STEERING_GROUP, Set.of());
		var personal = new RuleDefinition("Henkilötiedot", RuleCondition.PERSONAL_DATA, null, null, null, null,
				Set.of(Analysis.RISK_ASSESSMENT));
		var newSystem = new RuleDefinition("Uusi järjestelmä", RuleCondition.NEW_INFORMATION_SYSTEM, null, null, null,
				null, Set.of(Analysis.TCO));
		var cross = new RuleDefinition("Poikkihallinnollinen", RuleCondition.CROSS_SECTOR, null, null, null, null,
				Set.of(Analysis.IMPACT_ASSESSMENT));
		var rules = List.of(procurement, personal, newSystem, cross);
		var facts = new CardFacts(CardCosts.of(oneOff("1")), ProjectKind.PROCUREMENT, false, true, false);
		var reading = MatrixReading.of(rules, facts);
		assertThat(reading.applicable()).extracting(o -> o.rule().name()).containsExactly("Hankinnat", "Henkilötiedot");
		assertThat(reading.required()).containsExactly(Analysis.RISK_ASSESSMENT);
		assertThat(reading.decidingBodyId()).isEqualTo(STEERING_GROUP);
		var other = MatrixReading.of(rules,
				new CardFacts(CardCosts.of(oneOff("1")), ProjectKind.DEVELOPMENT, true, false, true));
		assertThat(other.applicable()).extracting(o -> o.rule().name()).containsExactly("Uusi järjestelmä",
				"Poikkihallinnollinen");
		assertThat(other.decidingBodyId()).isNull();
	}

	@Test
	void theFirstApplicableRuleNamingABodyDecidesAndAnalysesOfEveryApplicableRuleAddUp() {
		var helsinki = new RuleDefinition("Yli miljoona", RuleCondition.TOTAL_ABOVE, new BigDecimal("1000000"), 5, null,
				BOARD_DIVISION, Set.of(Analysis.IMPACT_ASSESSMENT));
		var kaarina = new RuleDefinition("TCO", RuleCondition.ONE_OFF_ABOVE, new BigDecimal("50000"), null, null, null,
				Set.of(Analysis.TCO));
		var everything = always(STEERING_GROUP, Set.of());
		var large = MatrixReading.of(List.of(helsinki, kaarina, everything), facts(oneOff("1200000")));
		assertThat(large.decidingBodyId()).isEqualTo(BOARD_DIVISION);
		assertThat(large.required()).containsExactlyInAnyOrder(Analysis.IMPACT_ASSESSMENT, Analysis.TCO);
		var small = MatrixReading.of(List.of(helsinki, kaarina, everything), facts(oneOff("60000")));
		assertThat(small.decidingBodyId()).isEqualTo(STEERING_GROUP);
		assertThat(small.required()).containsExactly(Analysis.TCO);
		// The same rules in another order: the always-true rule comes first and wins.
		var reordered = MatrixReading.of(List.of(everything, helsinki, kaarina), facts(oneOff("1200000")));
		assertThat(reordered.decidingBodyId()).isEqualTo(STEERING_GROUP);
	}

	@Test
	void aBodyRuleThatCannotBeEvaluatedLeavesTheBodyUndetermined() {
		var helsinki = cost(RuleCondition.TOTAL_ABOVE, "1000000", 5);
		var unknown = List.of(new CostLine(CostKind.RECURRING, 2026, null, null, null, true, Vat.EXCLUDED, ""));
		var reading = MatrixReading.of(List.of(helsinki, always(STEERING_GROUP, Set.of())), facts(unknown));
		assertThat(reading.bodyUndetermined()).isTrue();
		assertThat(reading.decidingBodyId()).isNull();
		// After a rule that has decided, unknown costs in later rules no longer matter.
		var decided = MatrixReading.of(List.of(always(STEERING_GROUP, Set.of()), helsinki), facts(unknown));
		assertThat(decided.bodyUndetermined()).isFalse();
		assertThat(decided.decidingBodyId()).isEqualTo(STEERING_GROUP);
	}

	private static RuleDefinition cost(RuleCondition condition, String limit, Integer years) {
		return new RuleDefinition(condition.name(), condition, new BigDecimal(limit), years, null, BOARD_DIVISION,
				Set.of());
	}

	private static RuleDefinition always(UUID body, Set<Analysis> required) {
		return new RuleDefinition("Aina", RuleCondition.ALWAYS, null, null, null, body, required);
	}

	private static MatrixReading read(RuleDefinition rule, List<CostLine> costs) {
		return read(List.of(rule), costs);
	}

	private static MatrixReading read(List<RuleDefinition> rules, List<CostLine> costs) {
		return MatrixReading.of(rules, facts(costs));
	}

	private static CardFacts facts(List<CostLine> costs) {
		return new CardFacts(CardCosts.of(costs), ProjectKind.DEVELOPMENT, false, false, false);
	}

	private static List<CostLine> oneOff(String amount) {
		return List.of(line(CostKind.ONE_OFF, 2026, null, amount, null));
	}

	private static CostLine line(CostKind kind, int from, Integer to, String min, String max) {
		return new CostLine(kind, from, to, new BigDecimal(min), max == null ? null : new BigDecimal(max), false,
				Vat.EXCLUDED, "");
	}

}
