package fi.ohjaamo.capacity;

import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, such as Q3/2027. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

	public Quarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter out of range: " + quarter);
		}
	}

	/** The quarter of a month counted from year zero, as {@link fi.ohjaamo.shared.SchedulePoint#startIndex()} counts. */
	static Quarter ofMonthIndex(int monthIndex) {
		return new Quarter(monthIndex / 12, monthIndex % 12 / 3 + 1);
	}

	/** Every quarter of the years from {@code fromYear} to {@code toYear}, in order. */
	public static List<Quarter> ofYears(int fromYear, int toYear) {
		var quarters = new ArrayList<Quarter>();
		for (int year = fromYear; year <= toYear; year++) {
			for (int q = 1; q <= 4; q++) {
				quarters.add(new Quarter(year, q));
			}
		}
		return quarters;
	}

	@Override
	public int compareTo(Quarter other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
	}

	@Override
	public String toString() {
		return "Q" + quarter + "/" + year;
	}

}
