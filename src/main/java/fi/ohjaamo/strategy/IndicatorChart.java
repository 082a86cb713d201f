package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A trend as the chart script reads it from the canvas's data attributes: labels separated by "|", numbers
 * by "," in plain notation, an empty slot where a year has no target.
 */
record IndicatorChart(String labels, String values, String targets) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

	static IndicatorChart of(IndicatorTrend trend) {
		return new IndicatorChart(
				trend.points().stream().map(p -> DATE.format(p.date())).collect(Collectors.joining("|")),
				trend.points().stream().map(p -> plain(p.value())).collect(Collectors.joining(",")),
				trend.points().stream().map(p -> plain(p.target())).collect(Collectors.joining(",")));
	}

	private static String plain(@Nullable BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

}
