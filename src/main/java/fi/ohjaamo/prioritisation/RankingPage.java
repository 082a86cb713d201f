package fi.ohjaamo.prioritisation;

import java.util.List;

/**
 * One page of the ranking. The whole ranking is still ordered, since a place is only known against every other
 * project, but a page shows {@link #SIZE} rows: at 20,000 projects the whole list was a 7 MB page that took
 * seconds to draw and that nobody reads below the top.
 */
public record RankingPage(List<RankingRow> rows, int page, int pages, int total, long aboveTheLine) {

	static final int SIZE = 100;

	/** The page asked for, or the nearest one that exists: an old link past the end shows the last page. */
	static RankingPage of(List<RankingRow> ranking, int requested) {
		int pages = Math.max(1, (ranking.size() + SIZE - 1) / SIZE);
		int page = Math.min(Math.max(1, requested), pages);
		int from = (page - 1) * SIZE;
		var rows = ranking.subList(Math.min(from, ranking.size()), Math.min(from + SIZE, ranking.size()));
		return new RankingPage(List.copyOf(rows), page, pages, ranking.size(),
				ranking.stream().filter(RankingRow::mandatory).count());
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages;
	}

	public boolean showsMandatory() {
		return rows.stream().anyMatch(RankingRow::mandatory);
	}

	public boolean showsScored() {
		return rows.stream().anyMatch(row -> !row.mandatory());
	}

}
