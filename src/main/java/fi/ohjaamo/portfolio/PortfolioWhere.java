package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.search.SearchIndex;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The WHERE clause of a view of the portfolio: the filter's choices as SQL, and its words as the cards the search
 * index finds for them, so that the list, its totals, the roadmap and the Excel export all find a card by any form
 * of a word, as the search page does.
 */
@Component
class PortfolioWhere {

	/**
	 * Words that match more cards than this narrow the list by the best matches only; a person refines the words
	 * long before that.
	 */
	static final int MAX_FOUND = 5_000;

	private final SearchIndex index;

	PortfolioWhere(SearchIndex index) {
		this.index = index;
	}

	PortfolioConditions of(UUID organisationId, PortfolioFilter filter) {
		@Nullable List<UUID> found = filter.q().isBlank() ? null
				: index.ids(organisationId, ProjectSearchSource.KIND, filter.q(), MAX_FOUND);
		return PortfolioConditions.of(organisationId, filter, found);
	}

}
