package fi.ohjaamo.exchange;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running text as a formula (CSV and formula injection): a text that starts with = + - @
 * or a tab or carriage return gets an apostrophe in front, and so does one that already is such a guarded text, so
 * reading it back removes exactly one apostrophe and every text survives a round trip unchanged.
 */
final class SpreadsheetText {

	private static final Pattern GUARDED = Pattern.compile("^'*[=+\\-@\t\r].*", Pattern.DOTALL);

	private SpreadsheetText() {
	}

	static String neutralise(String text) {
		return GUARDED.matcher(text).matches() ? "'" + text : text;
	}

	static String restore(String text) {
		return text.startsWith("'") && GUARDED.matcher(text).matches() ? text.substring(1) : text;
	}

}
