package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strategy module's API: an organisation's strategic goals. */
@Service
@Transactional(readOnly = true)
public class StrategicGoals {

	private final StrategicGoalRepository goals;

	StrategicGoals(StrategicGoalRepository goals) {
		this.goals = goals;
	}

	public List<GoalView> of(UUID organisationId) {
		return goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
			.stream()
			.map(g -> new GoalView(g.getId(), g.getName()))
			.toList();
	}

	@Transactional
	public GoalView add(UUID organisationId, String name) {
		int next = goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId).size() + 1;
		var goal = goals.save(new StrategicGoal(organisationId, name, next));
		return new GoalView(goal.getId(), goal.getName());
	}

}
