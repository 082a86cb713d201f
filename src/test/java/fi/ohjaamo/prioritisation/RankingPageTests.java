package fi.ohjaamo.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking is shown a hundred places at a time, and a page past either end shows the nearest one. */
class RankingPageTests {

	/** 250 open projects, the first three mandatory, in ranking order. */
	private final List<RankingRow> ranking = ranking(250, 3);

	@Test
	void theFirstPageHoldsTheTopHundredWithTheMandatoryOnesAboveTheLine() {
		var first = RankingPage.of(ranking, 1);
		assertThat(first.rows()).hasSize(100);
		assertThat(first.rows().getFirst().place()).isEqualTo(1);
		assertThat(first.rows().getLast().place()).isEqualTo(100);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.total()).isEqualTo(250);
		assertThat(first.aboveTheLine()).isEqualTo(3);
		assertThat(first.showsMandatory()).isTrue();
		assertThat(first.showsScored()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
	}

	@Test
	void theLastPageHoldsTheRestAndStillCountsTheWholeRanking() {
		var last = RankingPage.of(ranking, 3);
		assertThat(last.rows()).extracting(RankingRow::place).startsWith(201).endsWith(250).hasSize(50);
		assertThat(last.showsMandatory()).isFalse();
		assertThat(last.aboveTheLine()).isEqualTo(3);
		assertThat(last.hasNext()).isFalse();
		assertThat(last.hasPrevious()).isTrue();
	}

	@Test
	void aPageOutsideTheRankingShowsTheNearestPage() {
		assertThat(RankingPage.of(ranking, 99).page()).isEqualTo(3);
		assertThat(RankingPage.of(ranking, 0).page()).isEqualTo(1);
		assertThat(RankingPage.of(ranking, -5).rows().getFirst().place()).isEqualTo(1);
	}

	@Test
	void anEmptyRankingIsOneEmptyPage() {
		var empty = RankingPage.of(List.of(), 2);
		assertThat(empty.rows()).isEmpty();
		assertThat(empty.page()).isEqualTo(1);
		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.showsMandatory()).isFalse();
		assertThat(empty.showsScored()).isFalse();
	}

	private static List<RankingRow> ranking(int size, int mandatory) {
		var rows = new ArrayList<RankingRow>();
		for (int place = 1; place <= size; place++) {
			var obligation = place <= mandatory ? Obligation.MANDATORY : Obligation.SELECTED;
			rows.add(new RankingRow(place, UUID.randomUUID(), "2." + place, "Hanke " + place, Status.PROPOSAL,
					obligation, null, 100.0 - place * 0.1, 5, 1));
		}
		return rows;
	}

}
