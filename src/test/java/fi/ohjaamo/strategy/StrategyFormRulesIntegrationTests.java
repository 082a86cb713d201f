package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules a strategy form tells next to its fields are the services': a save that skips the form is refused by
 * them too, and nothing is written.
 */
@IntegrationTest
class StrategyFormRulesIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Programmes programmes;

	@Autowired
	Indicators indicators;

	@Test
	void aGoalNameAnotherGoalHasIsRefused() {
		var org = data.organisation();
		var it = org.itManager().asUser();
		var other = goals.add(it, "Tiedolla johtaminen");
		assertThatThrownBy(() -> goals.add(it, "TIEDOLLA JOHTAMINEN")).isInstanceOf(IllegalArgumentException.class);
		var goal = goals.get(org.id(), org.goalId());
		assertThatThrownBy(() -> goals.revise(it, org.goalId(), " tiedolla johtaminen ", null, "", "", List.of(),
				goal.getVersion()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(goals.get(org.id(), org.goalId()).getName()).isEqualTo(goal.getName());
		assertThat(goals.of(org.id())).extracting(GoalView::id).containsOnlyOnce(other.id());
	}

	@Test
	void aProgrammeEndingBeforeItStartsIsRefused() {
		var org = data.organisation();
		var it = org.itManager().asUser();
		assertThatThrownBy(() -> programmes.create(it, "Takaperin", 2028, 2025, "", null, ProgrammeStatus.DRAFT))
			.isInstanceOf(IllegalArgumentException.class);
		var programme = programmes.create(it, "Digiohjelma", 2025, 2028, "", null, ProgrammeStatus.DRAFT);
		assertThatThrownBy(() -> programmes.revise(it, programme.getId(), "Digiohjelma", 2028, 2025, "", null,
				ProgrammeStatus.DRAFT, programme.getVersion()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(programmes.get(org.id(), programme.getId()).getEndYear()).isEqualTo(2028);
	}

	@Test
	void anIndicatorWithHalfABaselineOrTwoTargetsForAYearIsRefused() {
		var org = data.organisation();
		var it = org.itManager().asUser();
		var halfBaseline = definition(org, BigDecimal.ONE, null, List.of());
		var twoTargets = definition(org, null, null, List.of(IndicatorTarget.reaching(IndicatorDirection.HIGHER_IS_BETTER, 2027, BigDecimal.ONE),
				IndicatorTarget.reaching(IndicatorDirection.HIGHER_IS_BETTER, 2027, BigDecimal.TEN)));
		assertThatThrownBy(() -> indicators.add(it, halfBaseline)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> indicators.add(it, twoTargets)).isInstanceOf(IllegalArgumentException.class);
		var indicator = indicators.add(it, definition(org, null, null, List.of()));
		for (var refused : List.of(halfBaseline, twoTargets)) {
			assertThatThrownBy(() -> indicators.redefine(it, indicator.getId(), refused, indicator.getVersion()))
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(indicators.get(org.id(), indicator.getId()).definition().targets()).isEmpty();
	}

	private static IndicatorDefinition definition(TestData.Org org, @Nullable BigDecimal baselineValue, @Nullable Integer baselineYear,
			List<IndicatorTarget> targets) {
		return new IndicatorDefinition(org.goalId(), "Sähköisen asioinnin osuus", "%",
				IndicatorDirection.HIGHER_IS_BETTER, baselineValue, baselineYear, targets);
	}

}
