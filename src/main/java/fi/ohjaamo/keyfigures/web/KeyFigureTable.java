package fi.ohjaamo.keyfigures.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import fi.ohjaamo.keyfigures.FigureValues;
import fi.ohjaamo.keyfigures.FigureYear;
import fi.ohjaamo.shared.web.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The key figures as the table shows them: a row per figure and a column per entered year, every cell already worded
 * in the reader's language; an empty cell is a figure not known.
 */
record KeyFigureTable(List<FigureYear> years, List<Row> rows) {

	/** A figure's label key and its values by year, as text; empty for not known. */
	record Row(String labelKey, List<String> cells) {
	}

	static KeyFigureTable of(List<FigureYear> years, Formats formats) {
		Function<Function<FigureValues, @Nullable Long>, Function<FigureValues, String>> count = figure -> v -> {
			Long value = figure.apply(v);
			return value == null ? "" : formats.number(BigDecimal.valueOf(value));
		};
		Function<Function<FigureValues, @Nullable BigDecimal>, Function<FigureValues, String>> percent = figure -> v -> {
			BigDecimal value = figure.apply(v);
			return value == null ? "" : formats.number(value) + " %";
		};
		Function<Function<FigureValues, @Nullable BigDecimal>, Function<FigureValues, String>> money = figure -> v ->
			formats.money(figure.apply(v));
		return new KeyFigureTable(years, List.of(row(years, "workstations", count.apply(FigureValues::workstations)),
				row(years, "servers", count.apply(FigureValues::servers)),
				row(years, "applications", count.apply(FigureValues::applications)),
				row(years, "fixedLines", count.apply(FigureValues::fixedLines)),
				row(years, "mobileLines", count.apply(FigureValues::mobileLines)),
				row(years, "serviceRequests", count.apply(FigureValues::serviceRequests)),
				row(years, "firstLevelShare", percent.apply(FigureValues::firstLevelShare)),
				row(years, "itCosts", money.apply(FigureValues::itCosts)),
				row(years, "totalCosts", money.apply(FigureValues::totalCosts)),
				row(years, "itCostShare", percent.apply(FigureValues::itCostShare))));
	}

	private static Row row(List<FigureYear> years, String figure, Function<FigureValues, String> cell) {
		return new Row("keyfigures.year." + figure, years.stream().map(FigureYear::values).map(cell).toList());
	}

}
