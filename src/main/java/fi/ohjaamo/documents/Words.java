package fi.ohjaamo.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The message bundles, numbers and dates in one document's language, whatever the reader's own language is. */
final class Words {

	private final MessageSource messages;

	private final Locale locale;

	Words(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Locale locale() {
		return locale;
	}

	String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** An enum value's label under the key prefix its own module uses, such as {@code portfolio.status}. */
	String of(String prefix, Enum<?> value) {
		return get(prefix + "." + value.name());
	}

	/** A portfolio enum's label, under the key the card form uses ({@code portfolio.costKind.ONE_OFF}). */
	String portfolio(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName();
		return of("portfolio." + Character.toLowerCase(type.charAt(0)) + type.substring(1), value);
	}

	String euros(BigDecimal amount) {
		return NumberFormat.getIntegerInstance(locale).format(amount) + " €";
	}

	String number(BigDecimal value) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	String date(LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
	}

	DocumentLabels labels() {
		return new DocumentLabels(get("documents.contents"), get("documents.page"));
	}

}
