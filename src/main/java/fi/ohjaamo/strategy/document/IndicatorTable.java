package fi.ohjaamo.strategy.document;

import java.util.List;
import java.util.stream.Collectors;

import fi.ohjaamo.documents.Block;
import fi.ohjaamo.documents.DocumentBuilder;
import fi.ohjaamo.documents.Words;
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
				indicator.getUnitOfMeasure(), baseline(indicator, words), targets(indicator, words),
				latest(indicator, words))).toList();
		document.chapter(words.get("documents.strategy.indicators"))
			.add(Block.Table.of("", List.of(words.get("strategy.indicator.name"), words.get("strategy.indicator.unit"),
					words.get("strategy.indicator.baseline"), words.get("strategy.indicator.targets"),
					words.get("strategy.indicator.latest")), rows));
	}

	private static String baseline(Indicator indicator, Words words) {
		var value = indicator.getBaselineValue();
		return value == null ? "–" : words.number(value) + " (" + indicator.getBaselineYear() + ")";
	}

	private static String targets(Indicator indicator, Words words) {
		return indicator.getTargets().isEmpty() ? "–" : indicator.getTargets()
			.stream()
			.map(target -> target.year() + ": " + words.number(target.value()))
			.collect(Collectors.joining(", "));
	}

	private static String latest(Indicator indicator, Words words) {
		var latest = indicator.trend().latest();
		return latest == null ? "–" : words.number(latest.value()) + " (" + words.date(latest.date()) + ")";
	}

}
