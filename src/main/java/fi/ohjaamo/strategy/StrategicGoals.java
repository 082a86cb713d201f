package fi.ohjaamo.strategy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.goals.CityGoal;
import fi.ohjaamo.strategy.goals.CityGoalRepository;
import fi.ohjaamo.strategy.goals.GoalAdded;
import fi.ohjaamo.strategy.goals.GoalPlaced;
import fi.ohjaamo.strategy.goals.GoalRenamed;
import fi.ohjaamo.strategy.goals.StrategicGoal;
import fi.ohjaamo.strategy.goals.StrategicGoalRepository;
import fi.ohjaamo.strategy.strategies.FocusAreaRepository;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The strategy module's API: an organisation's strategic goals. */
@Service
@Transactional(readOnly = true)
public class StrategicGoals {

	private final StrategicGoalRepository goals;

	private final FocusAreaRepository focusAreas;

	private final CityGoalRepository cityGoals;

	private final StrategyVersions versions;

	private final ApplicationEventPublisher events;

	StrategicGoals(StrategicGoalRepository goals, FocusAreaRepository focusAreas, CityGoalRepository cityGoals,
			StrategyVersions versions, ApplicationEventPublisher events) {
		this.goals = goals;
		this.focusAreas = focusAreas;
		this.cityGoals = cityGoals;
		this.versions = versions;
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

	/**
	 * The rule on a goal's form next to its name: no two goals of an organisation share a name, ignoring case. A
	 * person's add or save refuses such a name too.
	 */
	public void check(UUID organisationId, @Nullable UUID goalId, String name, Errors errors) {
		if (!errors.hasFieldErrors("name") && nameTaken(organisationId, name, goalId)) {
			errors.rejectValue("name", "strategy.goal.name.taken");
		}
	}

	/** Whether another goal of the organisation already has this name, ignoring case. */
	public boolean nameTaken(UUID organisationId, String name, @Nullable UUID except) {
		return goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
			.stream()
			.anyMatch(g -> g.getName().equalsIgnoreCase(name.strip()) && !g.getId().equals(except));
	}

	/**
	 * Renames a goal the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone renamed it meanwhile; nothing is written then
	 */
	@Transactional
	public void rename(CurrentUser user, UUID goalId, String name, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var goal = get(organisationId, goalId);
		if (goal.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the strategic goal");
		}
		String oldName = goal.getName();
		goal.rename(name.strip());
		goals.saveAndFlush(goal);
		versions.kept(goal);
		events.publishEvent(new GoalRenamed(organisationId, goalId, oldName, goal.getName()));
	}

	/**
	 * Saves an edit of a goal the person saw at the given version: its name and where it sits in the strategy.
	 * A focus area or city-strategy goal of another organisation is as unknown as one never created.
	 * @throws ChangedMeanwhileException when someone changed it meanwhile; nothing is written then
	 */
	@Transactional
	public void revise(CurrentUser user, UUID goalId, String name, @Nullable UUID focusAreaId, String description,
			String successFactors, Collection<UUID> cityGoalIds, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		requireFreeName(user.organisationId(), goalId, name);
		revise(user.organisationId(), goalId, name, focusAreaId, description, successFactors, cityGoalIds, seenVersion);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public void revise(UUID organisationId, UUID goalId, String name, @Nullable UUID focusAreaId, String description,
			String successFactors, Collection<UUID> cityGoalIds, long seenVersion) {
		var goal = get(organisationId, goalId);
		if (goal.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the strategic goal");
		}
		if (focusAreaId != null && focusAreas.findByIdAndOrganisationId(focusAreaId, organisationId).isEmpty()) {
			throw new NotFoundException();
		}
		var known = cityGoals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
			.stream()
			.map(CityGoal::getId)
			.collect(Collectors.toSet());
		if (!known.containsAll(cityGoalIds)) {
			throw new NotFoundException();
		}
		String oldName = goal.getName();
		goal.rename(name.strip());
		goal.place(focusAreaId, description, successFactors, new LinkedHashSet<>(cityGoalIds));
		goals.saveAndFlush(goal);
		versions.kept(goal);
		if (!oldName.equals(goal.getName())) {
			events.publishEvent(new GoalRenamed(organisationId, goalId, oldName, goal.getName()));
		}
		events.publishEvent(new GoalPlaced(organisationId, goalId, goal.getName()));
	}

	/**
	 * Places a goal of starting data under a focus area and city-strategy goals, keeping its name and description; it
	 * asks no one, as the seeding module needs no strategy entity.
	 */
	@Transactional
	public void place(UUID organisationId, UUID goalId, @Nullable UUID focusAreaId, String successFactors,
			Collection<UUID> cityGoalIds) {
		var goal = get(organisationId, goalId);
		revise(organisationId, goalId, goal.getName(), focusAreaId, goal.getDescription(), successFactors, cityGoalIds,
				goal.getVersion());
	}

	@Transactional
	public GoalView add(CurrentUser user, String name) {
		StrategyPermissions.requireKeeper(user);
		requireFreeName(user.organisationId(), null, name);
		return add(user.organisationId(), name);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public GoalView add(UUID organisationId, String name) {
		int next = goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId).size() + 1;
		var goal = goals.saveAndFlush(new StrategicGoal(organisationId, name, next));
		versions.kept(goal);
		events.publishEvent(new GoalAdded(organisationId, goal.getId(), name));
		return new GoalView(goal.getId(), goal.getName());
	}

	private void requireFreeName(UUID organisationId, @Nullable UUID goalId, String name) {
		if (nameTaken(organisationId, name, goalId)) {
			throw new IllegalArgumentException("another strategic goal has this name");
		}
	}

}
