package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
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

	/** A goal of the organisation; one of another organisation is as unknown as one never created. */
	public StrategicGoal get(UUID organisationId, UUID goalId) {
		return goals.findByIdAndOrganisationId(goalId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Whether another goal of the organisation already has this name, ignoring case. */
	public boolean nameTaken(UUID organisationId, String name, @Nullable UUID except) {
		return goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
			.stream()
			.anyMatch(g -> g.getName().equalsIgnoreCase(name.strip()) && !g.getId().equals(except));
	}

	/**
	 * Renames a goal the person saw at the given version.
	 * @throws GoalChangedMeanwhileException when someone renamed it meanwhile; nothing is written then
	 */
	@Transactional
	public void rename(UUID organisationId, UUID goalId, String name, long seenVersion) {
		var goal = get(organisationId, goalId);
		if (goal.getVersion() != seenVersion) {
			throw new GoalChangedMeanwhileException(goal.getName());
		}
		String oldName = goal.getName();
		goal.rename(name.strip());
		goals.saveAndFlush(goal);
		events.publishEvent(new GoalRenamed(organisationId, goalId, oldName, goal.getName()));
	}

	@Transactional
	public GoalView add(UUID organisationId, String name) {
		int next = goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId).size() + 1;
		var goal = goals.save(new StrategicGoal(organisationId, name, next));
		events.publishEvent(new GoalAdded(organisationId, goal.getId(), name));
		return new GoalView(goal.getId(), goal.getName());
	}

}
