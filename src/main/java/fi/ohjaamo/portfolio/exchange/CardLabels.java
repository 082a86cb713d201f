package fi.ohjaamo.portfolio.exchange;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import fi.ohjaamo.exchange.ExchangeLabels;
import fi.ohjaamo.exchange.SpreadsheetText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The words of the portfolio's workbook: the headings of the projects sheet and of the cost and resource sheets and
 * their names in a language, and the way back from any of them in any language to the column or sheet it means.
 */
@Component
class CardLabels {

	private final ExchangeLabels labels;

	private final Map<String, ExchangeColumn> columnsByHeading;

	private final Map<String, LineSheet> sheetsByName = new HashMap<>();

	private final Map<LineSheet, Map<String, LineColumn>> lineColumnsByHeading = new EnumMap<>(LineSheet.class);

	CardLabels(ExchangeLabels labels) {
		this.labels = labels;
		this.columnsByHeading = labels.headings(List.of(ExchangeColumn.values()), ExchangeColumn::messageKey);
		for (var sheet : LineSheet.values()) {
			ExchangeLabels.LANGUAGES
				.forEach(language -> sheetsByName.put(SpreadsheetText.normal(sheetName(sheet, language)), sheet));
			lineColumnsByHeading.put(sheet, labels.headings(sheet.columns, sheet::headingKey));
		}
	}

	String sheetName(LineSheet sheet, Locale locale) {
		return labels.message(sheet.nameKey(), locale);
	}

	String heading(LineSheet sheet, LineColumn column, Locale locale) {
		return labels.message(sheet.headingKey(column), locale);
	}

	String heading(ExchangeColumn column, Locale locale) {
		return labels.message(column.messageKey(), locale);
	}

	/** The line sheet a sheet's name means in any of the languages. */
	Optional<LineSheet> lineSheet(String name) {
		return Optional.ofNullable(sheetsByName.get(SpreadsheetText.normal(name)));
	}

	Optional<LineColumn> column(LineSheet sheet, String heading) {
		return Optional.ofNullable(lineColumnsByHeading.getOrDefault(sheet, Map.of()).get(SpreadsheetText.normal(heading)));
	}

	/** The column of the projects sheet a heading means in any of the languages. */
	Optional<ExchangeColumn> column(String heading) {
		return Optional.ofNullable(columnsByHeading.get(SpreadsheetText.normal(heading)));
	}

	String label(Enum<?> value, Locale locale) {
		return labels.label(value, locale);
	}

	String message(String key, Locale locale, Object... arguments) {
		return labels.message(key, locale, arguments);
	}

	<E extends Enum<E>> Optional<E> value(Class<E> type, String label) {
		return labels.value(type, label);
	}

	<E extends Enum<E>> @Nullable E choice(Class<E> type, String text, boolean required, Consumer<String> problem) {
		return labels.choice(type, text, required, problem);
	}

}
