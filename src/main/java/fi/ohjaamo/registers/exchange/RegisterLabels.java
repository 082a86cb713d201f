package fi.ohjaamo.registers.exchange;

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
 * The words of the register's workbook: the headings of the systems sheet and of the sheets beside it and their
 * names in a language, and the way back from any of them in any language to the column or sheet it means.
 */
@Component
class RegisterLabels {

	private final ExchangeLabels labels;

	private final Map<String, SystemColumn> systemColumnsByHeading;

	private final Map<String, RegisterSheet> registerSheetsByName = new HashMap<>();

	private final Map<RegisterSheet, Map<String, RegisterSheet.Column>> registerColumnsByHeading = new EnumMap<>(
			RegisterSheet.class);

	RegisterLabels(ExchangeLabels labels) {
		this.labels = labels;
		this.systemColumnsByHeading = labels.headings(List.of(SystemColumn.values()), SystemColumn::messageKey);
		for (var sheet : RegisterSheet.values()) {
			ExchangeLabels.LANGUAGES.forEach(language -> registerSheetsByName
				.put(SpreadsheetText.normal(sheetName(sheet, language)), sheet));
			registerColumnsByHeading.put(sheet, labels.headings(sheet.columns, column -> column.headingKey));
		}
		// The register form's own labels too, where they do not already name another column.
		for (var column : SystemColumn.values()) {
			ExchangeLabels.LANGUAGES.forEach(language -> systemColumnsByHeading
				.putIfAbsent(SpreadsheetText.normal(labels.message(column.registerKey(), language)), column));
		}
	}

	/** The register sheet (integrations, costs, vendors, contracts) a sheet's name means in any of the languages. */
	Optional<RegisterSheet> registerSheet(String name) {
		return Optional.ofNullable(registerSheetsByName.get(SpreadsheetText.normal(name)));
	}

	Optional<RegisterSheet.Column> column(RegisterSheet sheet, String heading) {
		return Optional.ofNullable(
				registerColumnsByHeading.getOrDefault(sheet, Map.of()).get(SpreadsheetText.normal(heading)));
	}

	String heading(RegisterSheet.Column column, Locale locale) {
		return labels.message(column.headingKey, locale);
	}

	String sheetName(RegisterSheet sheet, Locale locale) {
		return labels.message(sheet.nameKey, locale);
	}

	String heading(SystemColumn column, Locale locale) {
		return labels.message(column.messageKey(), locale);
	}

	/** The column of an application list a heading means in any of the languages. */
	Optional<SystemColumn> systemColumn(String heading) {
		return Optional.ofNullable(systemColumnsByHeading.get(SpreadsheetText.normal(heading)));
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
