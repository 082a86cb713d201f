package fi.ohjaamo.publication;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fi.ohjaamo.shared.SchedulePoint;

/** The years a project runs: its schedule's, or when it has none, the years its costs name. */
record YearSpan(int first, int last) {

	static Optional<YearSpan> of(String scheduleStart, String scheduleEnd, List<PublicCost> costs) {
		var start = SchedulePoint.parse(scheduleStart);
		var end = SchedulePoint.parse(scheduleEnd);
		if (start.isPresent() || end.isPresent()) {
			int first = start.or(() -> end).orElseThrow().year();
			int last = end.or(() -> start).orElseThrow().year();
			return Optional.of(new YearSpan(first, last));
		}
		var from = costs.stream().map(PublicCost::fromYear).filter(Objects::nonNull).min(Integer::compare);
		var to = costs.stream()
			.map(c -> c.lastYear() == null ? SchedulePoint.MAX_YEAR : c.lastYear())
			.filter(Objects::nonNull)
			.max(Integer::compare);
		return from.map(f -> new YearSpan(f, to.orElse(f)));
	}

	boolean contains(int year) {
		return first <= year && year <= last;
	}

}
