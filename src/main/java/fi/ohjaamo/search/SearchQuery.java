package fi.ohjaamo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What a person typed, read as a query: every word must be found, in any of its forms and in any language's
 * reading, and a word found in a title counts for more. Typed text is never parsed as query syntax, so quotes,
 * colons and asterisks are only characters.
 */
final class SearchQuery {

	/** More words than this narrow nothing further and only cost time. */
	static final int MAX_WORDS = 10;

	/** A prefix shorter than this would match half the index. */
	private static final int MIN_PREFIX = 3;

	/** A shorter stem ends too many unrelated compounds ("-maa" in "Suomi" and "rahoitusmaa" alike). */
	private static final int MIN_COMPOUND_END = 5;

	private final Analyzer analyzer;

	SearchQuery(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The query for the words in {@code text}, or null when it has none. */
	@org.jspecify.annotations.Nullable Query of(UUID organisationId, Collection<String> kinds, String text) {
		var words = analyze(SearchFields.PLAIN.text(), text);
		if (words.isEmpty()) {
			return null;
		}
		var query = new BooleanQuery.Builder()
			.add(new TermQuery(new Term(SearchFields.ORGANISATION, organisationId.toString())), Occur.FILTER);
		if (!kinds.isEmpty()) {
			query.add(new TermInSetQuery(SearchFields.KIND, kinds.stream().map(BytesRef::new).toList()), Occur.FILTER);
		}
		words.stream().limit(MAX_WORDS).forEach(word -> query.add(anyFormOf(word), Occur.MUST));
		return query.build();
	}

	/** One word, stemmed by each language's reading, or as the beginning of a longer word. */
	private Query anyFormOf(String word) {
		var forms = new BooleanQuery.Builder();
		for (var reading : SearchFields.READINGS) {
			for (String stem : analyze(reading.text(), word)) {
				if (!reading.compoundEnds()) {
					forms.add(new BoostQuery(new TermQuery(new Term(reading.title(), stem)), reading.titleBoost()),
							Occur.SHOULD);
					forms.add(new TermQuery(new Term(reading.text(), stem)), Occur.SHOULD);
				}
				else if (stem.length() >= MIN_COMPOUND_END) {
					forms.add(new BoostQuery(new PrefixQuery(new Term(reading.title(), stem)), reading.titleBoost()),
							Occur.SHOULD);
					forms.add(new BoostQuery(new PrefixQuery(new Term(reading.text(), stem)), 0.5f), Occur.SHOULD);
				}
			}
		}
		if (word.length() >= MIN_PREFIX) {
			// A constant score: a half-typed word finds, but must not outrank a whole word found.
			forms.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.PLAIN.title(), word)), 0.5f), Occur.SHOULD);
			forms.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.PLAIN.text(), word)), 0.2f), Occur.SHOULD);
		}
		return forms.build();
	}

	List<String> analyze(String field, String text) {
		var terms = new ArrayList<String>();
		try (var stream = analyzer.tokenStream(field, text.toLowerCase(Locale.ROOT))) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
