package fi.ohjaamo.keyfigures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fi.ohjaamo.keyfigures.FigureValues;
import fi.ohjaamo.shared.web.ChartData;
import fi.ohjaamo.shared.web.ChartData.Look;
import fi.ohjaamo.shared.web.ChartData.Series;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key figures as five charts over the years, each as the canvas's JSON: figures of a like size share a chart, so
 * eighty servers are not drawn flat beside two thousand workstations. The years run without a break from the first to
 * the last; a year not entered, like a figure not known, is a gap and never a zero.
 */
record KeyFigureCharts(String devicesAndLines, String serversAndApplications, String serviceRequests, String shares,
		String costs) {

	/** The charts of the years' figures, given oldest first. */
	static KeyFigureCharts of(List<FigureValues> years, JsonMapper json) {
		Map<Integer, FigureValues> byYear = years.stream()
			.collect(Collectors.toMap(FigureValues::year, Function.identity()));
		List<Integer> span = years.isEmpty() ? List.of()
				: IntStream.rangeClosed(years.getFirst().year(), years.getLast().year()).boxed().toList();
		var labels = span.stream().map(String::valueOf).toList();
		Function<Function<FigureValues, ? extends @Nullable Number>, List<@Nullable BigDecimal>> column = figure -> {
			var values = new ArrayList<@Nullable BigDecimal>();
			for (int year : span) {
				var v = byYear.get(year);
				values.add(v == null ? null : decimal(figure.apply(v)));
			}
			return values;
		};
		return new KeyFigureCharts(
				chart(labels, json, line("workstations", 0, column.apply(FigureValues::workstations)),
						line("fixedLines", 1, column.apply(FigureValues::fixedLines)),
						line("mobileLines", 2, column.apply(FigureValues::mobileLines))),
				chart(labels, json, line("servers", 3, column.apply(FigureValues::servers)),
						line("applications", 4, column.apply(FigureValues::applications))),
				chart(labels, json,
						Series.keyed(Look.BAR, "serviceRequests", 0, column.apply(FigureValues::serviceRequests))),
				chart(labels, json, line("firstLevelShare", 2, column.apply(FigureValues::firstLevelShare)),
						line("itCostShare", 1, column.apply(FigureValues::itCostShare))),
				chart(labels, json, Series.keyed(Look.BAR, "itCosts", 5, column.apply(FigureValues::itCosts))));
	}

	private static Series line(String key, int colour, List<@Nullable BigDecimal> values) {
		return Series.keyed(Look.LINE, key, colour, values);
	}

	private static String chart(List<String> labels, JsonMapper json, Series... series) {
		return new ChartData(labels, List.of(series)).json(json);
	}

	private static @Nullable BigDecimal decimal(@Nullable Number value) {
		return switch (value) {
			case null -> null;
			case BigDecimal d -> d;
			default -> BigDecimal.valueOf(value.longValue());
		};
	}

}
