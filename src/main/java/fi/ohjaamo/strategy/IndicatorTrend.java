package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * An indicator's measured values in date order, each against the target of its year, and the status of the
 * latest one. A year without a target of its own is not judged: targets are set per year on purpose.
 */
public record IndicatorTrend(List<Point> points, IndicatorStatus status) {

	public record Point(LocalDate date, BigDecimal value, @Nullable BigDecimal target, IndicatorStatus status,
			String source) {
	}

	public static IndicatorTrend of(IndicatorDirection direction, List<IndicatorTarget> targets,
			List<IndicatorMeasurement> measurements) {
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		targets.forEach(t -> byYear.put(t.year(), t.value()));
		var points = measurements.stream()
			.sorted(Comparator.comparing(IndicatorMeasurement::date))
			.map(m -> {
				BigDecimal target = byYear.get(m.date().getYear());
				IndicatorStatus status = target == null ? IndicatorStatus.NO_TARGET
						: direction.meets(m.value(), target) ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK;
				return new Point(m.date(), m.value(), target, status, m.source());
			})
			.toList();
		return new IndicatorTrend(points, points.isEmpty() ? IndicatorStatus.NOT_MEASURED : points.getLast().status());
	}

	public @Nullable Point latest() {
		return points.isEmpty() ? null : points.getLast();
	}

	public boolean onTrack() {
		return status == IndicatorStatus.ON_TRACK;
	}

}
