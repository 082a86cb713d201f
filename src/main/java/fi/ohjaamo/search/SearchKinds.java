package fi.ohjaamo.search;

import java.util.List;

/** The order kinds are offered in: the work first, then what it rests on. */
final class SearchKinds {

	private static final List<String> ORDER = List.of("project", "action-plan", "strategy", "focus-area", "goal",
			"action", "indicator", "swot-analysis", "swot-item", "programme", "information-system", "contract", "vendor");

	private SearchKinds() {
	}

	static int order(String kind) {
		int at = ORDER.indexOf(kind);
		return at < 0 ? ORDER.size() : at;
	}

}
