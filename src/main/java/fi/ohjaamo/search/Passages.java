package fi.ohjaamo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The passage of a found text that shows why it was found: the words that matched, in whichever of their forms,
 * marked, with some text around the first of them. The text is read again with each language's reading, so a
 * word found as "järjestelmän" is marked where the text says "järjestelmiä".
 */
final class Passages {

	/** About two lines of a result list. */
	static final int LENGTH = 220;

	/**
	 * How far into a text a passage is looked for: each reading reads the text again for every hit on the page, so a
	 * long text is read only as far as a passage is usually found.
	 */
	static final int SCANNED = 4_000;

	private final Analyzer analyzer;

	private final Set<Term> terms = new HashSet<>();

	private final List<Prefix> prefixes = new ArrayList<>();

	private record Prefix(String field, ByteRunAutomaton automaton) {
	}

	Passages(Analyzer analyzer, Query query) {
		this.analyzer = analyzer;
		query.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query q, Term... found) {
				terms.addAll(List.of(found));
			}

			@Override
			public void consumeTermsMatching(Query q, String field,
					java.util.function.Supplier<ByteRunAutomaton> automaton) {
				prefixes.add(new Prefix(field, automaton.get()));
			}

			@Override
			public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
				return occur == org.apache.lucene.search.BooleanClause.Occur.FILTER ? EMPTY_VISITOR : this;
			}
		});
	}

	SearchHit.Passage of(String whole) {
		String text = whole.length() > SCANNED ? whole.substring(0, SCANNED) : whole;
		if (text.isBlank()) {
			return new SearchHit.Passage(List.of());
		}
		boolean[] found = new boolean[text.length()];
		int first = -1;
		for (var reading : SearchFields.READINGS) {
			first = mark(reading.text(), text, found, first);
		}
		return cut(text, found, Math.max(first, 0));
	}

	/** Marks the characters of every word of the text that the query matches in this field. */
	private int mark(String field, String text, boolean[] found, int first) {
		try (var stream = analyzer.tokenStream(field, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (matches(field, term.toString())) {
					for (int i = offset.startOffset(); i < offset.endOffset() && i < found.length; i++) {
						found[i] = true;
					}
					first = first < 0 ? offset.startOffset() : Math.min(first, offset.startOffset());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return first;
	}

	private boolean matches(String field, String word) {
		if (terms.contains(new Term(field, word))) {
			return true;
		}
		var bytes = new org.apache.lucene.util.BytesRef(word);
		return prefixes.stream()
			.anyMatch(p -> p.field().equals(field) && p.automaton().run(bytes.bytes, bytes.offset, bytes.length));
	}

	/** About {@link #LENGTH} characters from shortly before the first word found, cut at spaces. */
	private static SearchHit.Passage cut(String text, boolean[] found, int first) {
		int start = Math.max(0, first - LENGTH / 4);
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(text.length(), start + LENGTH);
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		var parts = new ArrayList<SearchHit.Part>();
		if (start > 0) {
			parts.add(new SearchHit.Part("… ", false));
		}
		int from = start;
		for (int i = start + 1; i <= end; i++) {
			if (i == end || found[i] != found[from]) {
				parts.add(new SearchHit.Part(text.substring(from, i).replace("\n", " · "), found[from]));
				from = i;
			}
		}
		if (end < text.length()) {
			parts.add(new SearchHit.Part(" …", false));
		}
		return new SearchHit.Passage(parts);
	}

}
