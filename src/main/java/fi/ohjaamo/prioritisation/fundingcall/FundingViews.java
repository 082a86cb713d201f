package fi.ohjaamo.prioritisation.fundingcall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.prioritisation.Criterion;

/** Small lookups the funding pages share. */
final class FundingViews {

	private FundingViews() {
	}

	static Map<UUID, Criterion> criteriaById(List<Criterion> criteria) {
		var byId = new LinkedHashMap<UUID, Criterion>();
		criteria.forEach(c -> byId.put(c.getId(), c));
		return byId;
	}

}
