package fi.ohjaamo.capacity;

import java.util.List;
import java.util.stream.IntStream;

import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/** The years a page shows: this year and the next two unless chosen, never backwards nor wider than allowed. */
record YearRange(int from, int to) {

	static final int DEFAULT_SPAN = 3;

	static YearRange of(@Nullable Integer from, @Nullable Integer to, int thisYear, int maxYears) {
		int start = clamp(from == null ? thisYear : from);
		int end = clamp(to == null ? start + DEFAULT_SPAN - 1 : to);
		if (end < start) {
			end = start;
		}
		return new YearRange(start, Math.min(end, start + maxYears - 1));
	}

	List<Quarter> quarters() {
		return Quarter.ofYears(from, to);
	}

	/** The years offered in the range selector, around this year. */
	static List<Integer> choices(int thisYear) {
		return IntStream.rangeClosed(thisYear - 5, thisYear + 10).boxed().toList();
	}

	private static int clamp(int year) {
		return Math.max(SchedulePoint.MIN_YEAR, Math.min(SchedulePoint.MAX_YEAR, year));
	}

}
