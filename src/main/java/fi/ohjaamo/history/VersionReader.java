package fi.ohjaamo.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fi.ohjaamo.shared.web.Formats;
import fi.ohjaamo.shared.web.ReadField;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words a kept version's fields in the reader's language: labels, message codes, dates and numbers. */
@Component
class VersionReader {

	private final MessageSource messages;

	private final Formats formats;

	VersionReader(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	List<ReadField> read(Snapshot snapshot) {
		Locale locale = LocaleContextHolder.getLocale();
		var fields = new ArrayList<ReadField>();
		for (var field : snapshot.fields()) {
			Object @Nullable [] arguments = field.argument() == null ? null
					: new Object[] { argument(field.argument()) };
			String label = Objects.requireNonNull(messages.getMessage(field.label(), arguments, field.label(), locale),
					"a message with a default");
			fields.add(new ReadField(field.key(), label, value(field, locale)));
		}
		return fields;
	}

	private String value(VersionField field, Locale locale) {
		return switch (field.kind()) {
			case TEXT -> field.value();
			case CODE -> Objects.requireNonNull(messages.getMessage(field.value(), null, field.value(), locale),
					"a message with a default");
			case DATE -> day(field.value());
			case NUMBER -> formats.number(new BigDecimal(field.value()));
		};
	}

	/** An argument that is an ISO date (a measurement's day) is shown as a date; anything else as it is. */
	private String argument(@Nullable String argument) {
		return argument == null ? "" : day(argument);
	}

	private String day(String text) {
		try {
			return formats.day(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

}
