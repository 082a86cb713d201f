package fi.ohjaamo.prioritisation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The top of the ranking as the chart script reads it from the canvas's data attributes: titles separated by
 * "|" (a "|" in a title becomes "/"), scores by "," with a dot for decimals.
 */
public record RankingChart(String labels, String values, List<RankingRow> rows) {

	static final int SHOWN = 10;

	static RankingChart of(List<RankingRow> ranking) {
		var top = ranking.stream().filter(RankingRow::scored)
			.sorted((a, b) -> Double.compare(Objects.requireNonNull(b.score()), Objects.requireNonNull(a.score())))
			.limit(SHOWN)
			.toList();
		return new RankingChart(
				top.stream().map(r -> (r.number() + " " + r.title()).replace('|', '/')).collect(Collectors.joining("|")),
				top.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.score())).collect(Collectors.joining(",")),
				top);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

}
