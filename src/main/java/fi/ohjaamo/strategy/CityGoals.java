package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goals of the city's own strategy, entered once per organisation. */
@Service
@Transactional(readOnly = true)
public class CityGoals {

	private final CityGoalRepository goals;

	private final ApplicationEventPublisher events;

	CityGoals(CityGoalRepository goals, ApplicationEventPublisher events) {
		this.goals = goals;
		this.events = events;
	}

	public List<CityGoal> of(UUID organisationId) {
		return goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId);
	}

	@Transactional
	public CityGoal add(UUID organisationId, String name) {
		var goal = goals.save(new CityGoal(organisationId, name, of(organisationId).size() + 1));
		events.publishEvent(new CityGoalAdded(organisationId, goal.getId(), name));
		return goal;
	}

}
