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

	/**
	 * One decision of an approval chain as a line: the body, the date or "date not known", then the minutes section
	 * (as written), appendix, diary number and link where given.
	 */
	public String decision(String body, @Nullable LocalDate date, @Nullable String section, @Nullable String appendix,
			@Nullable String diaryNumber, @Nullable String link) {
		var line = new StringBuilder(body).append(' ')
			.append(date == null ? get("documents.decision.dateUnknown") : date(date));
		if (section != null && !section.isBlank()) {
			line.append(' ').append(section);
		}
		if (appendix != null && !appendix.isBlank()) {
			line.append(", ").append(get("documents.decision.appendix", appendix));
		}
		if (diaryNumber != null && !diaryNumber.isBlank()) {
			line.append(", ").append(get("documents.decision.diaryNumber", diaryNumber));
		}
		if (link != null && !link.isBlank()) {
			line.append(", ").append(link);
		}
		return line.toString();
	}

	public DocumentLabels labels() {
		return new DocumentLabels(get("documents.contents"), get("documents.page"));
	}

}
