package fi.ohjaamo.search;

import java.util.List;

/** The best hits for a query, and how many there were in all. */
public record SearchResults(List<SearchHit> hits, long total) {

	static final SearchResults NONE = new SearchResults(List.of(), 0);

}
