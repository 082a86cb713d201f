package fi.ohjaamo.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a spreadsheet: messages and the labels of enum values in a language, and the way back from a label
 * in any of the three languages (or an enum constant's own name) to the value it means, so a file exported in
 * Swedish imports in a Finnish session. A module's sheets find their columns by heading with {@link #headings}.
 */
@Component
public class ExchangeLabels {

	public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
			Locale.ENGLISH);

	private static final String MODULES = "fi.ohjaamo.";

	private final MessageSource messages;

	private final Map<Class<?>, Map<String, Enum<?>>> valuesByLabel = new ConcurrentHashMap<>();

	public ExchangeLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** The label of an enum value, the one its module's pages show. */
	public String label(Enum<?> value, Locale locale) {
		return messages.getMessage(key(value), null, locale);
	}

	/** The value a label means in any of the languages, or the constant's own name. */
	public <E extends Enum<E>> Optional<E> value(Class<E> type, String label) {
		return Optional.ofNullable(valuesByLabel.computeIfAbsent(type, this::labelsOf).get(SpreadsheetText.normal(label)))
			.map(type::cast);
	}

	/**
	 * A cell's choice among the labels of {@code type}, read the same on every sheet: an empty cell is a problem only
	 * when the column is required, a text that is no label always is.
	 * @return the choice, or null when the cell is empty or names none (the problem then told to {@code problem})
	 */
	public <E extends Enum<E>> @Nullable E choice(Class<E> type, String text, boolean required,
			Consumer<String> problem) {
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

	/**
	 * The columns of a sheet by their headings in every language and by the constants' own names, each heading
	 * compared without case or surrounding spaces.
	 */
	public <C extends Enum<C>> Map<String, C> headings(List<C> columns, Function<C, String> headingKey) {
		var byHeading = new HashMap<String, C>();
		for (var language : LANGUAGES) {
			columns.forEach(column -> byHeading
				.put(SpreadsheetText.normal(messages.getMessage(headingKey.apply(column), null, language)), column));
		}
		columns.forEach(column -> byHeading.put(SpreadsheetText.normal(column.name()), column));
		return byHeading;
	}

	private Map<String, Enum<?>> labelsOf(Class<?> type) {
		var labels = new HashMap<String, Enum<?>>();
		for (Object constant : type.getEnumConstants()) {
			var value = (Enum<?>) constant;
			labels.put(SpreadsheetText.normal(value.name()), value);
			LANGUAGES.forEach(language -> labels.put(SpreadsheetText.normal(label(value, language)), value));
		}
		return labels;
	}

	/** An enum's labels are its module's: "registers.criticality.HIGH", "portfolio.priority.HIGH", "exchange.yesNo.YES". */
	private static String key(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName();
		String module = value.getDeclaringClass().getPackageName().substring(MODULES.length()).split("\\.", 2)[0];
		return module + "." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
	}

}
