package fi.ohjaamo.exchange;

import java.util.Locale;

/**
 * Keeps a spreadsheet from running text as a formula (CSV and formula injection): a text that starts with = + - @
 * or a tab or carriage return gets an apostrophe in front, and so does one that already is such a guarded text, so
 * reading it back removes exactly one apostrophe and every text survives a round trip unchanged. Only the first
 * characters are looked at, since an export passes every text of ten thousand cards through here.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	public static String neutralise(String text) {
		return guarded(text) ? "'" + text : text;
	}

	public static String restore(String text) {
		return text.startsWith("'") && guarded(text) ? text.substring(1) : text;
	}

	/** A name or label as it is compared: without case or the spaces around it. */
	public static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether the text, after any apostrophes it starts with, begins with a character that starts a formula. */
	private static boolean guarded(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		if (i == text.length()) {
			return false;
		}
		char first = text.charAt(i);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
