package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The years a set of cost lines is summed over: from the earliest cost to the last year any cost names, at most
 * a configured number of years. Open-ended recurring costs run to the last year. Every view that sums costs per
 * year uses this, so that the portfolio totals, the goals' costs and the coverage table count alike.
 */
record CostYears(int first, int last) {

	static CostYears of(List<CostAmount> lines, int maxYears) {
		int first = lines.stream().mapToInt(CostAmount::fromYear).min().orElse(0);
		int last = lines.stream().mapToInt(l -> l.toYear() == null ? l.fromYear() : l.toYear()).max().orElse(-1);
		return new CostYears(first, Math.min(last, first + maxYears - 1));
	}

	IntStream all() {
		return IntStream.rangeClosed(first, last);
	}

	/** The years of this span in which the line costs something. */
	IntStream of(CostAmount line) {
		Integer to = line.toYear();
		int end = line.oneOff() ? line.fromYear() : to == null ? last : to;
		return IntStream.rangeClosed(line.fromYear(), Math.min(end, last));
	}

}
