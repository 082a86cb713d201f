package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A strategy's focus areas with the strategic goals placed under each, for reading. */
@Component
class StrategyTree {

	/** A focus area with its goals. */
	record Branch(FocusArea area, List<StrategicGoal> goals) {
	}

	private final FocusAreas areas;

	private final StrategicGoalRepository goals;

	StrategyTree(FocusAreas areas, StrategicGoalRepository goals) {
		this.areas = areas;
		this.goals = goals;
	}

	@Transactional(readOnly = true)
	List<Branch> of(UUID organisationId, UUID strategyId) {
		var all = goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId);
		return areas.of(organisationId, strategyId)
			.stream()
			.map(a -> new Branch(a, all.stream().filter(g -> a.getId().equals(g.getFocusAreaId())).toList()))
			.toList();
	}

}
