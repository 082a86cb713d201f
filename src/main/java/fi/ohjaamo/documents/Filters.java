package fi.ohjaamo.documents;

import java.util.List;

import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.Status;

/** Portfolio views the documents read. */
final class Filters {

	private Filters() {
	}

	static PortfolioFilter ofStatuses(List<Status> statuses) {
		return new PortfolioFilter("", List.of(), statuses, List.of(), null, List.of(), null, null, List.of(), null,
				null, null, null, null, null, null, null, 1, null);
	}

}
