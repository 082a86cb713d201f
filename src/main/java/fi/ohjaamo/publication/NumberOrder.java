package fi.ohjaamo.publication;

import java.util.Locale;
import java.util.regex.Pattern;

/** Orders project numbers as people read them: 4.2 before 4.10; unnumbered projects last. */
final class NumberOrder {

	private static final Pattern RUNS = Pattern.compile("\\d+|\\D+");

	private NumberOrder() {
	}

	static String keyOf(String number) {
		if (number.isBlank()) {
			return "~";
		}
		var key = new StringBuilder();
		var runs = RUNS.matcher(number.toLowerCase(Locale.ROOT));
		while (runs.find()) {
			String part = runs.group();
			key.append(Character.isDigit(part.charAt(0)) ? "0".repeat(Math.max(0, 8 - part.length())) + part : part);
		}
		return key.toString();
	}

}
