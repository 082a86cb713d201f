package fi.ohjaamo.strategy.document;

import java.util.List;
import java.util.stream.Collectors;

import fi.ohjaamo.documents.Block;
import fi.ohjaamo.documents.DocumentBuilder;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.strategy.TargetWords;
import fi.ohjaamo.strategy.indicators.Indicator;

/** The indicators of a strategy in one table: baseline, the yearly targets and the latest measured value. */
final class IndicatorTable {

	private IndicatorTable() {
	}

	static void write(List<Indicator> indicators, Words words, DocumentBuilder document) {
		if (indicators.isEmpty()) {
			return;
		}
		var rows = indicators.stream().distinct().map(indicator -> List.of(indicator.getName(),
				unit(indicator, words), baseline(indicator, words), targets(indicator, words),
				latest(indicator, words))).toList();
		document.chapter(words.get("documents.strategy.indicators"))
			.add(Block.Table.of("", List.of(words.get("strategy.indicator.name"), words.get("strategy.indicator.unit"),
					words.get("strategy.indicator.baseline"), words.get("strategy.indicator.targets"),
					words.get("strategy.indicator.latest")), rows));
	}

	private static String unit(Indicator indicator, Words words) {
		var min = indicator.getScaleMin();
		return min == null ? indicator.getUnitOfMeasure()
				: indicator.getUnitOfMeasure() + " (" + words.get("strategy.indicator.scaleOf", words.numbers(min,
						indicator.getScaleMax())) + ")";
	}

	private static String baseline(Indicator indicator, Words words) {
		var value = indicator.getBaselineValue();
		return value == null ? "–" : words.number(value) + " (" + indicator.getBaselineYear() + ")";
	}

	/** Each target as its rule reads, "2026: > 75 %", so that the printed table says what was agreed. */
	private static String targets(Indicator indicator, Words words) {
		var wording = new TargetWords(words.messages(), words.locale());
		var definition = indicator.definition();
		return indicator.getTargets().isEmpty() ? "–" : indicator.getTargets()
			.stream()
			.map(target -> wording.withPeriod(target, definition))
			.collect(Collectors.joining("; "));
	}

	private static String latest(Indicator indicator, Words words) {
		var latest = indicator.trend().latest();
		return latest == null ? "–" : words.number(latest.value()) + " (" + words.date(latest.date()) + ")";
	}

}
