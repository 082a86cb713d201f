package fi.ohjaamo.search;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One thing a person can find: its kind (the audit log's object type, such as {@code project}), its organisation,
 * its title, the text written in it, and the page that shows it.
 */
public record Searchable(String kind, UUID id, UUID organisationId, String title, String text, String path) {

	/** Enough of a long text to find it by and to quote from; the rest of a card repeats its themes. */
	static final int MAX_TEXT = 20_000;

	private static final Pattern BREAKS = Pattern.compile("\\s*\\n\\s*");

	public Searchable {
		// One line break between paragraphs, however many were typed: a quoted passage marks each with one dot.
		text = BREAKS.matcher(text.strip()).replaceAll("\n");
		text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
	}

}
