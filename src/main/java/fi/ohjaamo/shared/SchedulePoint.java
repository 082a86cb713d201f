package fi.ohjaamo.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A start or end of a schedule at the precision the action plan uses: {@code 2023},
 * {@code Q3/2022} or {@code 8/2021}. The part is the quarter (1–4) or month (1–12), 0 for a year.
 */
public record SchedulePoint(Precision precision, int year, int part) implements Comparable<SchedulePoint> {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("[Qq]\\s*([1-4])\\s*/\\s*(\\d{4})");

	private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{4})");

	public static final int MIN_YEAR = 1990;

	public static final int MAX_YEAR = 2100;

	public SchedulePoint {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		int maxPart = switch (precision) {
			case YEAR -> 0;
			case QUARTER -> 4;
			case MONTH -> 12;
		};
		if ((precision == Precision.YEAR && part != 0) || (precision != Precision.YEAR && (part < 1 || part > maxPart))) {
			throw new IllegalArgumentException("part out of range: " + part);
		}
	}

	public static SchedulePoint year(int year) {
		return new SchedulePoint(Precision.YEAR, year, 0);
	}

	public static SchedulePoint quarter(int quarter, int year) {
		return new SchedulePoint(Precision.QUARTER, year, quarter);
	}

	public static SchedulePoint month(int month, int year) {
		return new SchedulePoint(Precision.MONTH, year, month);
	}

	/** Reads the plan's notation; empty when the text is not one of the three shapes or out of range. */
	public static Optional<SchedulePoint> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		try {
			Matcher m;
			if ((m = YEAR.matcher(value)).matches()) {
				return Optional.of(year(Integer.parseInt(m.group(1))));
			}
			if ((m = QUARTER.matcher(value)).matches()) {
				return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
			if ((m = MONTH.matcher(value)).matches()) {
				return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The first month (1–12) the point covers. */
	public int firstMonth() {
		return switch (precision) {
			case YEAR -> 1;
			case QUARTER -> (part - 1) * 3 + 1;
			case MONTH -> part;
		};
	}

	/** The last month (1–12) the point covers. */
	public int lastMonth() {
		return switch (precision) {
			case YEAR -> 12;
			case QUARTER -> part * 3;
			case MONTH -> part;
		};
	}

	/** Months since year zero of the first month covered; comparable across precisions. */
	public int startIndex() {
		return year * 12 + firstMonth() - 1;
	}

	public int endIndex() {
		return year * 12 + lastMonth() - 1;
	}

	/** True when a schedule may end at {@code end} if it starts here: the end must not close before the start opens. */
	public boolean canBeFollowedBy(SchedulePoint end) {
		return end.endIndex() >= startIndex();
	}

	@Override
	public int compareTo(SchedulePoint other) {
		return Integer.compare(startIndex(), other.startIndex());
	}

	@Override
	public String toString() {
		return switch (precision) {
			case YEAR -> Integer.toString(year);
			case QUARTER -> "Q" + part + "/" + year;
			case MONTH -> part + "/" + year;
		};
	}

}
