package fi.ohjaamo.exchange;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Direction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the spreadsheet: column headings and the labels of enum values in a language, and the way back
 * from a heading or label in any of the three languages (or an enum constant's own name) to what it means, so a
 * file exported in Swedish imports in a Finnish session.
 */
@Component
class ExchangeLabels {

	static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
			Locale.ENGLISH);

	private final MessageSource messages;

	private final Map<String, ExchangeColumn> columnsByHeading = new HashMap<>();

	private final Map<Class<?>, Map<String, Enum<?>>> valuesByLabel = new HashMap<>();

	private final Map<String, LineSheet> sheetsByName = new HashMap<>();

	private final Map<LineSheet, Map<String, LineColumn>> lineColumnsByHeading = new EnumMap<>(LineSheet.class);

	private final Map<String, SystemColumn> systemColumnsByHeading = new HashMap<>();

	private final Map<String, RegisterSheet> registerSheetsByName = new HashMap<>();

	private final Map<RegisterSheet, Map<String, RegisterSheet.Column>> registerColumnsByHeading = new EnumMap<>(
			RegisterSheet.class);

	ExchangeLabels(MessageSource messages) {
		this.messages = messages;
		for (var column : ExchangeColumn.values()) {
			for (var language : LANGUAGES) {
				columnsByHeading.put(normal(heading(column, language)), column);
			}
			columnsByHeading.put(normal(column.name()), column);
			addChoices(column.choices);
		}
		for (var sheet : LineSheet.values()) {
			var headings = lineColumnsByHeading.computeIfAbsent(sheet, s -> new HashMap<>());
			for (var language : LANGUAGES) {
				sheetsByName.put(normal(sheetName(sheet, language)), sheet);
				sheet.columns.forEach(column -> headings.put(normal(heading(sheet, column, language)), column));
			}
			sheet.columns.forEach(column -> {
				headings.put(normal(column.name()), column);
				addChoices(column.choices);
			});
		}
		for (var column : SystemColumn.values()) {
			LANGUAGES.forEach(language -> systemColumnsByHeading.put(normal(heading(column, language)), column));
			systemColumnsByHeading.put(normal(column.name()), column);
			addChoices(column.choices);
		}
		for (var sheet : RegisterSheet.values()) {
			var headings = registerColumnsByHeading.computeIfAbsent(sheet, s -> new HashMap<>());
			for (var language : LANGUAGES) {
				registerSheetsByName.put(normal(messages.getMessage(sheet.nameKey, null, language)), sheet);
				sheet.columns.forEach(column -> headings.put(normal(heading(column, language)), column));
			}
			sheet.columns.forEach(column -> headings.put(normal(column.name()), column));
		}
		addChoices(Direction.class);
		// The register form's own labels too, where they do not already name another column.
		for (var column : SystemColumn.values()) {
			LANGUAGES.forEach(language -> systemColumnsByHeading
				.putIfAbsent(normal(messages.getMessage(column.registerKey(), null, language)), column));
		}
	}

	private void addChoices(@Nullable Class<? extends Enum<?>> choices) {
		if (choices != null && !valuesByLabel.containsKey(choices)) {
			var labels = new HashMap<String, Enum<?>>();
			for (Enum<?> value : choices.getEnumConstants()) {
				labels.put(normal(value.name()), value);
				LANGUAGES.forEach(language -> labels.put(normal(label(value, language)), value));
			}
			valuesByLabel.put(choices, labels);
		}
	}

	String sheetName(LineSheet sheet, Locale locale) {
		return messages.getMessage(sheet.nameKey(), null, locale);
	}

	String heading(LineSheet sheet, LineColumn column, Locale locale) {
		return messages.getMessage(sheet.headingKey(column), null, locale);
	}

	/** The line sheet a sheet's name means in any of the languages. */
	Optional<LineSheet> lineSheet(String name) {
		return Optional.ofNullable(sheetsByName.get(normal(name)));
	}

	Optional<LineColumn> column(LineSheet sheet, String heading) {
		return Optional.ofNullable(lineColumnsByHeading.getOrDefault(sheet, Map.of()).get(normal(heading)));
	}

	/** The register sheet (integrations, costs, vendors, contracts) a sheet's name means in any of the languages. */
	Optional<RegisterSheet> registerSheet(String name) {
		return Optional.ofNullable(registerSheetsByName.get(normal(name)));
	}

	Optional<RegisterSheet.Column> column(RegisterSheet sheet, String heading) {
		return Optional.ofNullable(registerColumnsByHeading.getOrDefault(sheet, Map.of()).get(normal(heading)));
	}

	String heading(RegisterSheet.Column column, Locale locale) {
		return messages.getMessage(column.headingKey, null, locale);
	}

	String sheetName(RegisterSheet sheet, Locale locale) {
		return messages.getMessage(sheet.nameKey, null, locale);
	}

	String heading(ExchangeColumn column, Locale locale) {
		return messages.getMessage(column.messageKey(), null, locale);
	}

	String heading(SystemColumn column, Locale locale) {
		return messages.getMessage(column.messageKey(), null, locale);
	}

	/** The column of an application list a heading means in any of the languages. */
	Optional<SystemColumn> systemColumn(String heading) {
		return Optional.ofNullable(systemColumnsByHeading.get(normal(heading)));
	}

	String label(Enum<?> value, Locale locale) {
		return messages.getMessage(key(value), null, locale);
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	Optional<ExchangeColumn> column(String heading) {
		return Optional.ofNullable(columnsByHeading.get(normal(heading)));
	}

	<E extends Enum<E>> Optional<E> value(Class<E> type, String label) {
		return Optional.ofNullable(valuesByLabel.getOrDefault(type, Map.of()).get(normal(label))).map(type::cast);
	}

	/**
	 * A cell's choice among the labels of {@code type}, read the same on every sheet: an empty cell is a problem only
	 * when the column is required, a text that is no label always is.
	 * @return the choice, or null when the cell is empty or names none (the problem then told to {@code problem})
	 */
	<E extends Enum<E>> @Nullable E choice(Class<E> type, String text, boolean required, Consumer<String> problem) {
		if (text.isEmpty()) {
			if (required) {
				problem.accept("exchange.problem.required");
			}
			return null;
		}
		var value = value(type, text);
		if (value.isEmpty()) {
			problem.accept("exchange.problem.notAChoice");
			return null;
		}
		return value.get();
	}

	/** Portfolio and register enums use their modules' labels; the yes/no column has its own. */
	private static String key(Enum<?> value) {
		if (value instanceof ExchangeColumn.YesNo) {
			return "exchange.yesNo." + value.name();
		}
		String type = value.getDeclaringClass().getSimpleName();
		String module = value.getDeclaringClass().getPackageName().equals(Criticality.class.getPackageName())
				? "registers." : "portfolio.";
		return module + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
