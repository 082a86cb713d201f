package fi.ohjaamo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import fi.ohjaamo.shared.web.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The message bundles, numbers and dates in one document's language, whatever the reader's own language is. */
public final class Words {

	private final MessageSource messages;

	private final Locale locale;

	public Words(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	/** The messages these words come from, for a module's own wording in the same language. */
	public MessageSource messages() {
		return messages;
	}

	public String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** An enum value's label under the key prefix its own module uses, such as {@code portfolio.status}. */
	public String of(String prefix, Enum<?> value) {
		return get(prefix + "." + value.name());
	}

	/** Money, numbers and dates by the one rule of the pages ({@link Formats}), in the document's language. */
	public String euros(BigDecimal amount) {
		return Formats.money(amount, locale);
	}

	public String euros(BigDecimal min, @Nullable BigDecimal max) {
		return Formats.moneyRange(min, max, locale);
	}

	public String number(@Nullable BigDecimal value) {
		return Formats.number(value, locale);
	}

	public String numbers(BigDecimal min, @Nullable BigDecimal max) {
		return Formats.numberRange(min, max, locale);
	}

	public String date(LocalDate date) {
		return Formats.day(date, locale);
	}

	public DocumentLabels labels() {
		return new DocumentLabels(get("documents.contents"), get("documents.page"));
	}

}
