package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers of one chart as the page's chart script (js/figure-chart.js) reads them from the canvas's
 * {@code data-chart} attribute. The words stay in the templates: a series either carries its own label (a plan's
 * name), or a key whose label the canvas holds as {@code data-<key>-label}, or both ("plan: one-off").
 */
public record ChartData(List<String> labels, List<Series> series) {

	/** How a series is drawn: bars, lighter bars, a line of values, or a dashed level (capacity) or target line. */
	public enum Look {

		BAR, LIGHT_BAR, LINE, LEVEL, TARGET

	}

	/**
	 * One series; {@code colour} picks from the script's palette, so one plan keeps its colour across series, and
	 * bars with the same {@code stack} are stacked.
	 */
	public record Series(Look look, @Nullable String key, @Nullable String label, int colour,
			List<@Nullable BigDecimal> values, @Nullable String stack) {

		public static Series keyed(Look look, String key, int colour, List<@Nullable BigDecimal> values) {
			return new Series(look, key, null, colour, values, null);
		}

	}

	public String json(JsonMapper json) {
		return json.writeValueAsString(this);
	}

}
