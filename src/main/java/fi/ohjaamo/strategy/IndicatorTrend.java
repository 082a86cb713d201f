package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An indicator's measured values in date order, each judged by the target of its period (its half-year's, else its
 * year's) exactly as the target's rule reads, and the status of the latest one. A period without a target is not
 * judged: targets are set per period on purpose.
 */
public record IndicatorTrend(List<Point> points, IndicatorStatus status) {

	/**
	 * A measured value with the target it was judged by, the number the rule held it against (the target line of
	 * the chart) and the verdict.
	 */
	public record Point(LocalDate date, BigDecimal value, @Nullable IndicatorTarget target, @Nullable BigDecimal bound,
			IndicatorStatus status, String source, @Nullable BigDecimal compared) {
	}

	public static IndicatorTrend of(@Nullable BigDecimal baseline, List<IndicatorTarget> targets,
			List<IndicatorMeasurement> measurements) {
		var points = new ArrayList<Point>();
		@Nullable BigDecimal previous = null;
		for (var m : measurements.stream().sorted(Comparator.comparing(IndicatorMeasurement::date)).toList()) {
			var target = targetFor(targets, m.date());
			@Nullable BigDecimal bound = target == null ? null : target.bound(baseline, previous, m.compared());
			@Nullable Boolean met = target == null ? null : target.meets(m.value(), baseline, previous, m.compared());
			var status = met == null ? IndicatorStatus.NO_TARGET
					: met ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK;
			points.add(new Point(m.date(), m.value(), target, bound, status, m.source(), m.compared()));
			previous = m.value();
		}
		return new IndicatorTrend(List.copyOf(points),
				points.isEmpty() ? IndicatorStatus.NOT_MEASURED : points.getLast().status());
	}

	/** The half-year's own target before the whole year's. */
	public static @Nullable IndicatorTarget targetFor(List<IndicatorTarget> targets, LocalDate date) {
		IndicatorTarget yearly = null;
		for (var target : targets) {
			if (target.covers(date)) {
				if (target.half() != 0) {
					return target;
				}
				yearly = target;
			}
		}
		return yearly;
	}

	public @Nullable Point latest() {
		return points.isEmpty() ? null : points.getLast();
	}

	public boolean onTrack() {
		return status == IndicatorStatus.ON_TRACK;
	}

}
