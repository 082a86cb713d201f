package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.prioritisation.fundingcall.FundingSelection.Candidate;
import fi.ohjaamo.prioritisation.fundingcall.FundingSelection.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The greedy selection within the budget, its overrides, and the rule that application periods do not overlap. */
class FundingSelectionTests {

	@Test
	void skipsWhatDoesNotFitAndTakesTheNextThatDoes() {
		var best = candidate(150_000, 90.0, null);
		var second = candidate(120_000, 80.0, null);
		var third = candidate(100_000, 70.0, null);
		var fourth = candidate(40_000, 60.0, null);
		var unscored = candidate(5_000, null, null);

		var selection = FundingSelection.of(euros(300_000), List.of(unscored, fourth, third, second, best));

		assertThat(selection.lines()).extracting(l -> l.candidate()).containsExactly(best, second, third, fourth, unscored);
		assertThat(selection.lines()).extracting(FundingSelection.Line::reason)
			.containsExactly(Reason.FITS, Reason.FITS, Reason.DOES_NOT_FIT, Reason.DOES_NOT_FIT, Reason.UNSCORED);
		assertThat(selection.selectedTotal()).isEqualByComparingTo("270000");
		assertThat(selection.remainder()).isEqualByComparingTo("30000");
	}

	@Test
	void anApplicationNobodyScoredGetsMoneyOnlyWhenIncludedOnPurpose() {
		var unscored = candidate(20_000, null, null);
		var scored = candidate(50_000, 40.0, null);
		assertThat(FundingSelection.of(euros(100_000), List.of(unscored, scored)).lineOf(unscored.applicationId()))
			.satisfies(line -> {
				assertThat(line.selected()).isFalse();
				assertThat(line.reason()).isEqualTo(Reason.UNSCORED);
			});

		var included = candidate(20_000, null, SelectionOverride.INCLUDE);
		var selection = FundingSelection.of(euros(100_000), List.of(included, scored));
		assertThat(selection.lineOf(included.applicationId()).reason()).isEqualTo(Reason.INCLUDED);
		assertThat(selection.selectedTotal()).isEqualByComparingTo("70000");
	}

	@Test
	void includedApplicationsComeFirstAndExcludedOnesAreNotConsidered() {
		var top = candidate(200_000, 95.0, SelectionOverride.EXCLUDE);
		var low = candidate(250_000, 10.0, SelectionOverride.INCLUDE);
		var middle = candidate(60_000, 50.0, null);

		var selection = FundingSelection.of(euros(300_000), List.of(top, low, middle));

		assertThat(selection.lineOf(top.applicationId()).selected()).isFalse();
		assertThat(selection.lineOf(low.applicationId()).reason()).isEqualTo(Reason.INCLUDED);
		assertThat(selection.lineOf(middle.applicationId()).reason()).isEqualTo(Reason.DOES_NOT_FIT);
		assertThat(selection.remainder()).isEqualByComparingTo("50000");
		assertThat(selection.overBudget()).isFalse();
	}

	@Test
	void showsWhenIncludedApplicationsExceedTheBudget() {
		var selection = FundingSelection.of(euros(100_000),
				List.of(candidate(80_000, 20.0, SelectionOverride.INCLUDE), candidate(70_000, 10.0, SelectionOverride.INCLUDE)));
		assertThat(selection.remainder()).isEqualByComparingTo("-50000");
		assertThat(selection.overBudget()).isTrue();
	}

	@Test
	void periodsSharingADayOverlapAndAdjacentOnesDoNot() {
		var spring = new FundingPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		assertThat(spring.overlaps(new FundingPeriod(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)))).isTrue();
		assertThat(spring.overlaps(new FundingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1)))).isTrue();
		assertThat(spring.overlaps(new FundingPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))).isFalse();
		assertThat(spring.overlaps(new FundingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)))).isFalse();
		assertThat(new FundingPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)).closesBeforeOpening()).isTrue();
	}

	private static int sequence;

	private static Candidate candidate(long amount, Double score, SelectionOverride override) {
		return new Candidate(UUID.randomUUID(), euros(amount), score, override, Instant.EPOCH.plusSeconds(sequence++));
	}

	private static BigDecimal euros(long amount) {
		return BigDecimal.valueOf(amount);
	}

}
