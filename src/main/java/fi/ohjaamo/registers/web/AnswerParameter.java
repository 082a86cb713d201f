package fi.ohjaamo.registers.web;

import java.util.Locale;

import fi.ohjaamo.registers.Answer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads an answer from a form or an address: YES, NO or UNKNOWN, and also true and false, which the systems list's
 * yes / no filters sent before an answer could be unknown, so that a list bookmarked then still opens as it was.
 */
@Component
class AnswerParameter implements Converter<String, @Nullable Answer> {

	@Override
	public @Nullable Answer convert(String source) {
		String value = source.strip().toUpperCase(Locale.ROOT);
		return switch (value) {
			case "" -> null;
			case "TRUE" -> Answer.YES;
			case "FALSE" -> Answer.NO;
			default -> Answer.valueOf(value);
		};
	}

}
