package fi.ohjaamo.shared;

import org.jspecify.annotations.Nullable;

/**
 * The invisible control characters U+0000–U+001F other than tab, line feed and carriage return. They arrive pasted
 * from other programs or in imported cells, mean nothing to a reader, and are not allowed in XML: a stored one would
 * break every PDF and Word file it is printed in. Text is stripped of them where it enters (every bound form value
 * and query parameter, every imported cell) and again where documents are written, for text stored before.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static boolean isControl(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

	/** The text without control characters; the same instance when it has none. */
	public static String strip(String text) {
		int first = firstIn(text);
		if (first < 0) {
			return text;
		}
		var kept = new StringBuilder(text.length());
		kept.append(text, 0, first);
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isControl(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	public static @Nullable String stripNullable(@Nullable String text) {
		return text == null ? null : strip(text);
	}

	private static int firstIn(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

}
