package fi.ohjaamo.strategy.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.shared.web.ChartData;
import fi.ohjaamo.shared.web.ChartData.Look;
import fi.ohjaamo.shared.web.ChartData.Series;
import fi.ohjaamo.shared.web.Formats;
import fi.ohjaamo.strategy.IndicatorTrend;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trend as the chart draws it: the measured values as a line and the targets as a stepped line with a gap where a
 * year has none; the canvas names them by the keys "value" and "target".
 */
final class IndicatorChart {

	private IndicatorChart() {
	}

	static String of(IndicatorTrend trend, Locale locale, JsonMapper json) {
		var points = trend.points();
		List<@Nullable BigDecimal> values = points.stream().<@Nullable BigDecimal>map(IndicatorTrend.Point::value).toList();
		List<@Nullable BigDecimal> targets = points.stream().<@Nullable BigDecimal>map(IndicatorTrend.Point::bound).toList();
		return new ChartData(points.stream().map(p -> Formats.day(p.date(), locale)).toList(),
				List.of(Series.keyed(Look.LINE, "value", 0, values), Series.keyed(Look.TARGET, "target", 0, targets)))
			.json(json);
	}

}
