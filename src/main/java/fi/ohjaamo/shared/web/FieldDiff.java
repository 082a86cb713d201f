package fi.ohjaamo.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.springframework.web.util.HtmlUtils;

/**
 * The fields that differ between two readings of a record (a project card, a strategy, an indicator…), with the
 * changed words marked. The text is HTML-escaped here before the marks are added, so the result is safe to show
 * as HTML.
 */
public final class FieldDiff {

	/** Stands for a line break while diffing, so that a break is a token of its own and survives the diff. */
	private static final String BREAK = "\u2028";

	/** Words, runs of spaces and line breaks, each a token of its own. */
	private static final Pattern WORDS = Pattern.compile(BREAK + "|[^\\S\u2028]+|[^\\s\u2028]+");

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.lineNormalizer(line -> line)
		.mergeOriginalRevised(false)
		.inlineDiffBySplitter(FieldDiff::words)
		.oldTag(open -> open ? "<del class=\"diff-removed\">" : "</del>")
		.newTag(open -> open ? "<ins class=\"diff-added\">" : "</ins>")
		.build();

	/** A changed field: its text before and after, escaped, with the removed and added words marked. */
	public record Change(String key, String label, String before, String after) {
	}

	private FieldDiff() {
	}

	/**
	 * The changed fields in the newer reading's order. Fields are matched by key, so a field that exists in only
	 * one reading counts as empty in the other.
	 */
	public static List<Change> between(List<ReadField> older, List<ReadField> newer) {
		var changes = new ArrayList<Change>();
		var was = new LinkedHashMap<String, ReadField>();
		older.forEach(field -> was.put(field.key(), field));
		for (var now : newer) {
			var before = was.remove(now.key());
			var then = before == null ? new ReadField(now.key(), now.label(), "") : before;
			if (!then.value().equals(now.value())) {
				changes.add(mark(then, now));
			}
		}
		for (var gone : was.values()) {
			if (!gone.value().isEmpty()) {
				changes.add(mark(gone, new ReadField(gone.key(), gone.label(), "")));
			}
		}
		return changes;
	}

	/** The labels of the fields that changed, for a version list. */
	public static List<String> changedLabels(List<ReadField> older, List<ReadField> newer) {
		return between(older, newer).stream().map(Change::label).toList();
	}

	private static Change mark(ReadField was, ReadField now) {
		// The generator normalises the lists in place, so they must be mutable.
		List<DiffRow> rows = GENERATOR.generateDiffRows(new ArrayList<>(List.of(prepare(was.value()))),
				new ArrayList<>(List.of(prepare(now.value()))));
		var before = new StringBuilder();
		var after = new StringBuilder();
		for (DiffRow row : rows) {
			before.append(row.getOldLine());
			after.append(row.getNewLine());
		}
		return new Change(now.key(), now.label(), restoreBreaks(before), restoreBreaks(after));
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
