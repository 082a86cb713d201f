package fi.ohjaamo.search;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * The indexed fields and how each reads a text. Every text is indexed several times: stemmed as Finnish, Swedish and
 * English (Finnish and Swedish by two stemmers each), so that "järjestelmä" finds "järjestelmän" and "system" finds
 * "systemet" whatever language a person writes in; as plain words, so that a word typed half-way ("järjest") or a
 * card's number still finds it; and as stems written backwards, so that a word finds the compounds it ends
 * ("järjestelmä" finds "asianhallintajärjestelmän", "system" finds "ärendehanteringssystemet").
 */
final class SearchFields {

	static final String KIND = "kind";

	/** The item's kind and id together, which a change replaces the item by. */
	static final String KEY = "key";

	static final String ID = "id";

	static final String ORGANISATION = "organisation";

	static final String TITLE = "title";

	static final String TEXT = "text";

	static final String PATH = "path";

	/**
	 * A stemmed or plain reading of the title and of the text, with how much a match in it weighs; a reading of
	 * compounds' ends is matched by the start of its backward stems rather than by whole terms.
	 */
	record Reading(String title, String text, float titleBoost, boolean compoundEnds) {

		Reading(String title, String text, float titleBoost) {
			this(title, text, titleBoost, false);
		}

	}

	static final List<Reading> READINGS = List.of(new Reading("title_fi", "text_fi", 3f),
			new Reading("title_fi_light", "text_fi_light", 3f), new Reading("title_sv", "text_sv", 3f),
			new Reading("title_sv_light", "text_sv_light", 3f), new Reading("title_en", "text_en", 3f),
			new Reading("title_fi_end", "text_fi_end", 1.5f, true),
			new Reading("title_sv_end", "text_sv_end", 1.5f, true), new Reading("title_plain", "text_plain", 2f));

	/** The plain reading, which the prefix of an unfinished word is matched against. */
	static final Reading PLAIN = READINGS.getLast();

	private SearchFields() {
	}

	static Analyzer analyzer() {
		Analyzer finnish = finnish();
		Analyzer finnishLight = finnishLight();
		Analyzer swedish = new SwedishAnalyzer();
		Analyzer swedishLight = swedishLight();
		Analyzer english = new EnglishAnalyzer();
		Analyzer plain = plain();
		return new PerFieldAnalyzerWrapper(plain,
				Map.ofEntries(Map.entry("title_fi", finnish), Map.entry("text_fi", finnish),
						Map.entry("title_fi_light", finnishLight), Map.entry("text_fi_light", finnishLight),
						Map.entry("title_sv", swedish), Map.entry("text_sv", swedish),
						Map.entry("title_sv_light", swedishLight), Map.entry("text_sv_light", swedishLight),
						Map.entry("title_en", english), Map.entry("text_en", english),
						Map.entry("title_fi_end", backwards(finnish)), Map.entry("text_fi_end", backwards(finnish)),
						Map.entry("title_sv_end", backwards(swedishLight)), Map.entry("text_sv_end", backwards(swedishLight)),
						Map.entry("title_plain", plain), Map.entry("text_plain", plain)));
	}

	/**
	 * Finnish by the Snowball stemmer, which keeps the nominative of "-us" nouns apart from their other forms
	 * ("uudistus", "uudistuksen"); {@link FinnishUsNouns} joins them. Finnish is read twice because no one stemmer
	 * gets all of its forms: this one joins "hanke" and "hankkeet", the light one "asiakas" and "asiakkaat".
	 */
	static Analyzer finnish() {
		return words(stream -> new FinnishUsNouns(new SnowballFilter(
				new StopFilter(stream, FinnishAnalyzer.getDefaultStopSet()), new FinnishStemmer())));
	}

	/**
	 * Swedish by the light stemmer, beside Snowball's: Snowball keeps "systemet" apart from "system", the light one
	 * keeps "tjänst" apart from "tjänsten"; together they join both.
	 */
	static Analyzer swedishLight() {
		return words(stream -> new SwedishLightStemFilter(new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet())));
	}

	/** Finnish by the light stemmer, which also folds "ä" and "ö" as it strips endings. */
	static Analyzer finnishLight() {
		return words(stream -> new FinnishUsNouns(
				new FinnishLightStemFilter(new StopFilter(stream, FinnishAnalyzer.getDefaultStopSet()))));
	}

	/** The stems of a reading written backwards, so that the end of a compound is the start of its term. */
	static Analyzer backwards(Analyzer stems) {
		return new AnalyzerWrapper(stems.getReuseStrategy()) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return stems;
			}

			@Override
			protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
				return new TokenStreamComponents(components.getSource(),
						new ReverseStringFilter(components.getTokenStream()));
			}
		};
	}

	/**
	 * Words as written, lower-cased, with no stop words removed, so that "ja" typed as the start of "jakelu" finds
	 * it. Accents stay: in Finnish and Swedish "ä" is its own letter, not a decorated "a".
	 */
	static Analyzer plain() {
		return words(UnaryOperator.identity());
	}

	/** Words split as Unicode does and lower-cased, then read further by the given filters. */
	private static Analyzer words(UnaryOperator<TokenStream> filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer words = new StandardTokenizer();
				return new TokenStreamComponents(words, filters.apply(new LowerCaseFilter(words)));
			}
		};
	}

}
