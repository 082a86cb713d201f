package fi.ohjaamo.registers.views;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A free-text search as people type it: every word must appear somewhere in the searched texts, in any case, so
 * "windows 2012" finds "Windows Server 2012 R2" and "numerus talous" finds a ledger whose vendor is Numerus Oy.
 */
record Words(List<String> words) {

	static Words of(@Nullable String query) {
		String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		return new Words(text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+")));
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	/** Whether every word is found in one of the texts. */
	boolean foundIn(String... texts) {
		String haystack = String.join("\n", texts).toLowerCase(Locale.ROOT);
		return words.stream().allMatch(haystack::contains);
	}

}
