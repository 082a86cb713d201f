package fi.ohjaamo.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Joins the stems of Finnish nouns in "-us" and "-ys" ("uudistus", "toteutus", "ajanvaraus")
 * with those of their other forms, which the stemmers leave ending in "-uks" and "-yks" ("uudistuksen",
 * "ajanvaraukset"). Such nouns name much of what IT plans are about, so a search must not miss half their forms.
 */
final class FinnishUsNouns extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	FinnishUsNouns(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		int length = term.length();
		char[] chars = term.buffer();
		if (length > 4 && chars[length - 1] == 's' && chars[length - 2] == 'k'
				&& (chars[length - 3] == 'u' || chars[length - 3] == 'y')) {
			chars[length - 2] = 's';
			term.setLength(length - 1);
		}
		return true;
	}

}
