package fi.ohjaamo.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * The fields that differ between two readings of a card, with the changed words marked. The marked
 * text is HTML-escaped by the generator before the marks are added, so it is safe to show as HTML.
 */
final class CardDiff {

	/** Splits at word boundaries but keeps the spaces and line breaks as tokens of their own. */
	private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
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
		List<DiffRow> rows = GENERATOR.generateDiffRows(List.of(was.value()), List.of(now.value()));
		var before = new StringBuilder();
		var after = new StringBuilder();
		for (DiffRow row : rows) {
			before.append(row.getOldLine());
			after.append(row.getNewLine());
		}
		return new Change(was.key(), was.label(), restoreBreaks(before), restoreBreaks(after));
	}

	private static String restoreBreaks(CharSequence text) {
		return text.toString().replace("\n", "<br>");
	}

	private static List<String> words(String line) {
		var matcher = WORDS.matcher(line);
		var tokens = new ArrayList<String>();
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens.isEmpty() ? Arrays.asList(line) : tokens;
	}

}
