package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strategy module's API: an organisation's strategic goals. */
@Service
@Transactional(readOnly = true)
public class StrategicGoals {

	private final StrategicGoalRepository goals;

	private final ApplicationEventPublisher events;

	StrategicGoals(StrategicGoalRepository goals, ApplicationEventPublisher events) {
		this.goals = goals;
		this.events = events;
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
		events.publishEvent(new GoalAdded(organisationId, goal.getId(), name));
		return new GoalView(goal.getId(), goal.getName());
	}

}
