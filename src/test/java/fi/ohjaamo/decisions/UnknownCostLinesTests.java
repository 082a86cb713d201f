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

/** A card with an unknown cost line is still read by the lines that are known: what they pass is passed anyway. */
class UnknownCostLinesTests {

	private static final UUID BOARD = UUID.randomUUID();

	private static final UUID STEERING_GROUP = UUID.randomUUID();

	private static final CostLine UNKNOWN_RECURRING = new CostLine(CostKind.RECURRING, 2027, null, null, null, true,
			Vat.EXCLUDED, "Ylläpito, ei vielä tarjousta");

	@Test
	void knownLinesThatAlreadyPassTheLimitDecideTheRuleWhateverTheUnknownLineCosts() {
		var reading = read(List.of(oneOff("1200000"), UNKNOWN_RECURRING),
				rule(RuleCondition.TOTAL_ABOVE, "1000000", 5, BOARD), always(STEERING_GROUP));

		var total = reading.outcomes().getFirst();
		assertThat(total.verdict()).isEqualTo(RuleOutcome.Verdict.APPLIES);
		assertThat(total.knownPart()).isTrue();
		assertThat(total.amount()).isEqualByComparingTo("1200000");
		assertThat(reading.bodyUndetermined()).isFalse();
		assertThat(reading.decidingBodyId()).isEqualTo(BOARD);
		assertThat(reading.unknownCostLines()).isEqualTo(1);
	}

	@Test
	void knownLinesUnderTheLimitLeaveTheRuleUndecidedAndSayWhichRulesAreDecided() {
		var reading = read(List.of(oneOff("10000"), UNKNOWN_RECURRING),
				rule(RuleCondition.TOTAL_ABOVE, "1000000", 5, BOARD), rule(RuleCondition.ONE_OFF_ABOVE, "5000", null, null),
				always(STEERING_GROUP));

		assertThat(reading.outcomes()).extracting(RuleOutcome::verdict)
			.containsExactly(RuleOutcome.Verdict.COSTS_UNKNOWN, RuleOutcome.Verdict.APPLIES, RuleOutcome.Verdict.APPLIES);
		assertThat(reading.undecidable()).extracting(o -> o.rule().condition())
			.containsExactly(RuleCondition.TOTAL_ABOVE);
		assertThat(reading.outcomes().getFirst().amount()).isEqualByComparingTo("10000");
		assertThat(reading.bodyUndetermined()).isTrue();
	}

	@Test
	void aCardWithoutAnyCostLineHasNoKnownPart() {
		var outcome = read(List.of(), rule(RuleCondition.ONE_OFF_ABOVE, "0", null, BOARD)).outcomes().getFirst();
		assertThat(outcome.verdict()).isEqualTo(RuleOutcome.Verdict.COSTS_UNKNOWN);
		assertThat(outcome.amount()).isNull();
		assertThat(outcome.knownPart()).isFalse();
	}

	private static MatrixReading read(List<CostLine> costs, RuleDefinition... rules) {
		return MatrixReading.of(List.of(rules),
				new CardFacts(CardCosts.of(costs), ProjectKind.DEVELOPMENT, false, false, false));
	}

	private static RuleDefinition rule(RuleCondition condition, String limit, Integer years, UUID body) {
		return new RuleDefinition(condition.name(), condition, new BigDecimal(limit), years, null, body, Set.of());
	}

	private static RuleDefinition always(UUID body) {
		return new RuleDefinition("Aina", RuleCondition.ALWAYS, null, null, null, body, Set.of());
	}

	private static CostLine oneOff(String amount) {
		return new CostLine(CostKind.ONE_OFF, 2026, null, new BigDecimal(amount), null, false, Vat.EXCLUDED, "");
	}

}
