package fi.ohjaamo.documents;

import java.util.regex.Pattern;

/**
 * The spaces a line must not break at: a section sign and its number ("§ 38", "17 §") stay on one line, as
 * Finnish and Swedish typesetting requires, so both renderers turn those spaces into no-break spaces.
 */
final class Typography {

	private static final Pattern SECTION_THEN_NUMBER = Pattern.compile("§ (?=\\d)");

	private static final Pattern NUMBER_THEN_SECTION = Pattern.compile("(?<=\\d) §");

	private Typography() {
	}

	static String keepTogether(String text) {
		if (text.indexOf('§') < 0) {
			return text;
		}
		String glued = SECTION_THEN_NUMBER.matcher(text).replaceAll("§\u00a0");
		return NUMBER_THEN_SECTION.matcher(glued).replaceAll("\u00a0§");
	}

}
