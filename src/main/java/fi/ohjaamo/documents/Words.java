package fi.ohjaamo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import fi.ohjaamo.shared.web.Formats;
import org.jspecify.annotations.Nullable;
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
	/** A choice's name; empty for one not made. */
	String portfolio(@Nullable Enum<?> value) {
		if (value == null) {
			return "";
		}
		String type = value.getDeclaringClass().getSimpleName();
		return of("portfolio." + Character.toLowerCase(type.charAt(0)) + type.substring(1), value);
	}

	/** Money, numbers and dates by the one rule of the pages ({@link Formats}), in the document's language. */
	String euros(BigDecimal amount) {
		return Formats.money(amount, locale);
	}

	String euros(BigDecimal min, @Nullable BigDecimal max) {
		return Formats.moneyRange(min, max, locale);
	}

	String number(@Nullable BigDecimal value) {
		return Formats.number(value, locale);
	}

	String numbers(BigDecimal min, @Nullable BigDecimal max) {
		return Formats.numberRange(min, max, locale);
	}

	String date(LocalDate date) {
		return Formats.day(date, locale);
	}

	DocumentLabels labels() {
		return new DocumentLabels(get("documents.contents"), get("documents.page"));
	}

}
