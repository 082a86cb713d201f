package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import fi.ohjaamo.shared.web.ChartData;
import fi.ohjaamo.shared.web.ChartData.Look;
import fi.ohjaamo.shared.web.ChartData.Series;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One party's quarters as the chart draws them: the capacity as a level line (a gap where it is not set), the low and
 * high demand as bars; the canvas names them by the keys "capacity", "low" and "high".
 */
final class CapacityChart {

	private CapacityChart() {
	}

	static String of(PartyOutlook outlook, JsonMapper json) {
		var quarters = outlook.quarters();
		return new ChartData(quarters.stream().map(q -> q.quarter().toString()).toList(),
				List.of(Series.keyed(Look.LEVEL, "capacity", 0, values(quarters, QuarterLoad::capacity)),
						Series.keyed(Look.BAR, "low", 0, values(quarters, q -> tenths(q.demandLow()))),
						Series.keyed(Look.LIGHT_BAR, "high", 0, values(quarters, q -> tenths(q.demandHigh())))))
			.json(json);
	}

	private static List<@Nullable BigDecimal> values(List<QuarterLoad> quarters,
			Function<QuarterLoad, @Nullable BigDecimal> value) {
		return quarters.stream().<@Nullable BigDecimal>map(value).toList();
	}

	private static BigDecimal tenths(double personDays) {
		return BigDecimal.valueOf(personDays).setScale(1, RoundingMode.HALF_UP);
	}

}
