package fi.ohjaamo.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import fi.ohjaamo.portfolio.RoadmapProject;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap laid out as a table: a column per quarter or month of the window, and each scheduled project's bar
 * as a cell spanning the columns its schedule covers. Spans rather than positioned boxes, because the page's
 * policy forbids inline styles and because a screen reader then reads the bar in its row and columns. The period
 * columns share the page's width equally, so a span is the same share of the timeline as of the time. A year
 * covers its four quarters or twelve months, a quarter its three months.
 */
record Roadmap(boolean monthly, List<Period> periods, List<Group> groups, List<RoadmapProject> unscheduled) {

	/** At most this many columns, so that a long-lived project does not stretch the table past reading. */
	static final int MAX_COLUMNS = 40;

	/**
	 * A column's heading: "Q3/2026" or "8/2026" in full, and "Q3" or "8" to show under its year, as the columns are
	 * too narrow for the full label when the timeline fits the page.
	 */
	record Period(String label, String shortLabel, int year, boolean yearStarts) {
	}

	/** A heading over the columns of one year of the window. */
	record Year(int year, int columns) {
	}

	/**
	 * A group heading: a message key (a category, or "none") or a name (a service area, a goal). The order sorts
	 * the groups the way their source lists them.
	 */
	record GroupKey(int order, @Nullable String messageKey, String name) {
	}

	record Group(GroupKey key, List<Row> rows) {
	}

	/** A project's row: empty columns before its bar, the bar, empty columns after; cut at the window's edges. */
	record Row(RoadmapProject project, int before, int length, int after, boolean startsEarlier, boolean endsLater) {

		public boolean outsideWindow() {
			return length == 0;
		}

	}

	static Roadmap of(List<RoadmapProject> projects, boolean monthly, @Nullable Integer year,
			Function<RoadmapProject, List<GroupKey>> groupsOf) {
		int width = monthly ? 1 : 3;
		var scheduled = projects.stream().filter(RoadmapProject::scheduled).toList();
		var unscheduled = projects.stream().filter(p -> !p.scheduled()).toList();
		int first;
		int last;
		if (year != null) {
			first = year * 12 / width;
			last = (year * 12 + 11) / width;
		}
		else if (scheduled.isEmpty()) {
			return new Roadmap(monthly, List.of(), List.of(), unscheduled);
		}
		else {
			// The window starts and ends on whole years by quarter and whole quarters by month, so that no year's
			// heading stands over a single narrow column it could not fit in.
			int unit = monthly ? 3 : 4;
			first = scheduled.stream().mapToInt(p -> p.start().orElseThrow().startIndex() / width).min().orElseThrow();
			last = scheduled.stream().mapToInt(p -> p.end().orElseThrow().endIndex() / width).max().orElseThrow();
			first -= first % unit;
			last += unit - 1 - last % unit;
			last = Math.min(last, first + MAX_COLUMNS - MAX_COLUMNS % unit - 1);
		}
		int from = first;
		var periods = IntStream.rangeClosed(first, last).mapToObj(column -> period(column, monthly)).toList();
		var grouped = new LinkedHashMap<GroupKey, List<Row>>();
		for (var project : scheduled) {
			var row = place(project, width, from, periods.size());
			groupsOf.apply(project).forEach(key -> grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(row));
		}
		var groups = grouped.entrySet().stream()
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(GroupKey::order)))
			.map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
			.toList();
		return new Roadmap(monthly, periods, groups, unscheduled);
	}

	static Row place(RoadmapProject project, int width, int firstColumn, int columns) {
		int start = project.start().orElseThrow().startIndex() / width - firstColumn;
		int end = project.end().orElseThrow().endIndex() / width - firstColumn;
		if (end < start) {
			end = start;
		}
		if (end < 0 || start >= columns) {
			return new Row(project, columns, 0, 0, start < 0, end >= columns);
		}
		int shownStart = Math.max(start, 0);
		int shownEnd = Math.min(end, columns - 1);
		return new Row(project, shownStart, shownEnd - shownStart + 1, columns - 1 - shownEnd, start < 0,
				end >= columns);
	}

	private static Period period(int column, boolean monthly) {
		if (monthly) {
			int month = column % 12 + 1;
			return new Period(SchedulePoint.month(month, column / 12).toString(), Integer.toString(month), column / 12,
					month == 1);
		}
		int quarter = column % 4 + 1;
		return new Period(SchedulePoint.quarter(quarter, column / 4).toString(), "Q" + quarter, column / 4,
				quarter == 1);
	}

	public int columns() {
		return periods.size();
	}

	/** The years of the window in order, each with how many of its periods the window shows. */
	public List<Year> years() {
		var years = new ArrayList<Year>();
		for (var period : periods) {
			if (!years.isEmpty() && years.getLast().year() == period.year()) {
				years.set(years.size() - 1, new Year(period.year(), years.getLast().columns() + 1));
			}
			else {
				years.add(new Year(period.year(), 1));
			}
		}
		return years;
	}

	public long scheduledCount() {
		return groups.stream().flatMap(g -> g.rows().stream()).map(r -> r.project().id()).distinct().count();
	}

}
