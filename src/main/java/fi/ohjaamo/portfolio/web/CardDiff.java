package fi.ohjaamo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.springframework.web.util.HtmlUtils;

/**
 * The fields that differ between two readings of a card, with the changed words marked. The text is
 * HTML-escaped here before the marks are added, so the result is safe to show as HTML.
 */
final class CardDiff {

	/** Stands for a line break while diffing, so that a break is a token of its own and survives the diff. */
	private static final String BREAK = "\u2028";

	/** Words, runs of spaces and line breaks, each a token of its own. */
	private static final Pattern WORDS = Pattern.compile(BREAK + "|[^\\S\u2028]+|[^\\s\u2028]+");

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.lineNormalizer(line -> line)
		.mergeOriginalRevised(false)
		.inlineDiffBySplitter(CardDiff::words)
		.oldTag(open -> open ? "<del class=\"diff-removed\">" : "</del>")
		.newTag(open -> open ? "<ins class=\"diff-added\">" : "</ins>")
		.build();

	record Change(String key, String label, String before, String after) {
	}

	private CardDiff() {
	}

	static List<Change> between(List<CardField> older, List<CardField> newer) {
		var changes = new ArrayList<Change>();
		for (int i = 0; i < older.size(); i++) {
			var was = older.get(i);
			var now = newer.get(i);
			if (!was.value().equals(now.value())) {
				changes.add(mark(was, now));
			}
		}
		return changes;
	}

	private static Change mark(CardField was, CardField now) {
		// The generator normalises the lists in place, so they must be mutable.
		List<DiffRow> rows = GENERATOR.generateDiffRows(new ArrayList<>(List.of(prepare(was.value()))),
				new ArrayList<>(List.of(prepare(now.value()))));
		var before = new StringBuilder();
		var after = new StringBuilder();
		for (DiffRow row : rows) {
			before.append(row.getOldLine());
			after.append(row.getNewLine());
		}
		return new Change(was.key(), was.label(), restoreBreaks(before), restoreBreaks(after));
	}

	/** Escapes the text for HTML before any mark is added, and turns line breaks into break tokens. */
	private static String prepare(String text) {
		return HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", BREAK);
	}

	private static String restoreBreaks(CharSequence text) {
		return text.toString().replace(BREAK, "<br>");
	}

	private static List<String> words(String line) {
		var matcher = WORDS.matcher(line);
		var tokens = new ArrayList<String>();
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		// The generator adds its marks to this list, so it must stay mutable.
		if (tokens.isEmpty()) {
			tokens.add(line);
		}
		return tokens;
	}

}
