package fi.ohjaamo;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals and text blocks of a Java source file, for tests that read what the code says to the
 * database. Literals joined only by {@code +} come back as one string, so a statement written over several lines
 * reads whole; comments and character literals are skipped.
 */
final class JavaStrings {

	private final String source;

	private final List<String> strings = new ArrayList<>();

	private int at;

	/** Where the last literal ended, or -1 before the first one. */
	private int lastEnd = -1;

	private JavaStrings(String source) {
		this.source = source;
	}

	static List<String> in(String source) {
		var reader = new JavaStrings(source);
		reader.read();
		return reader.strings;
	}

	private void read() {
		while (at < source.length()) {
			if (source.startsWith("//", at)) {
				at = lineEnd(at);
			}
			else if (source.startsWith("/*", at)) {
				int end = source.indexOf("*/", at + 2);
				at = end < 0 ? source.length() : end + 2;
			}
			else if (source.startsWith("\"\"\"", at)) {
				int start = lineEnd(at) + 1;
				int end = closing(start, "\"\"\"");
				add(at, source.substring(start, end), end + 3);
			}
			else if (source.charAt(at) == '"') {
				int end = closing(at + 1, "\"");
				add(at, source.substring(at + 1, end), end + 1);
			}
			else if (source.charAt(at) == '\'') {
				at = closing(at + 1, "'") + 1;
			}
			else {
				at++;
			}
		}
	}

	private void add(int open, String raw, int end) {
		String text = unescaped(raw);
		boolean joined = lastEnd >= 0 && source.substring(lastEnd, open).replaceAll("//[^\n]*", "").strip().equals("+");
		if (joined) {
			strings.set(strings.size() - 1, strings.getLast() + text);
		}
		else {
			strings.add(text);
		}
		lastEnd = end;
		at = end;
	}

	/** Escaped line breaks and tabs read as spaces, escaped quotes and backslashes as themselves; others as written. */
	private static String unescaped(String raw) {
		var text = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\\' && i + 1 < raw.length()) {
				char next = raw.charAt(++i);
				switch (next) {
					case 'n', 'r', 't' -> text.append(' ');
					case '"', '\\', '\'' -> text.append(next);
					default -> text.append(c).append(next);
				}
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

	/** The index of the unescaped {@code quote} that closes a literal whose text starts at {@code from}. */
	private int closing(int from, String quote) {
		int i = from;
		while (i < source.length() && !source.startsWith(quote, i)) {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i, source.length());
	}

	private int lineEnd(int from) {
		int end = source.indexOf('\n', from);
		return end < 0 ? source.length() : end;
	}

}
