package fi.ohjaamo.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.goals.CityGoal;
import fi.ohjaamo.strategy.goals.CityGoalAdded;
import fi.ohjaamo.strategy.goals.CityGoalMoved;
import fi.ohjaamo.strategy.goals.CityGoalRemoved;
import fi.ohjaamo.strategy.goals.CityGoalRepository;
import fi.ohjaamo.strategy.goals.CityGoalRevised;
import fi.ohjaamo.strategy.goals.StrategicGoalRepository;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goals of the city's own strategy, entered once per organisation. Every save keeps a version. */
@Service
@Transactional(readOnly = true)
public class CityGoals {

	private final CityGoalRepository goals;

	private final StrategicGoalRepository strategicGoals;

	private final StrategyVersions versions;

	private final ApplicationEventPublisher events;

	CityGoals(CityGoalRepository goals, StrategicGoalRepository strategicGoals, StrategyVersions versions,
			ApplicationEventPublisher events) {
		this.goals = goals;
		this.strategicGoals = strategicGoals;
		this.versions = versions;
		this.events = events;
	}

	public List<CityGoal> of(UUID organisationId) {
		return goals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId);
	}

	/** A city-strategy goal of the organisation; one of another organisation is as unknown as one never created. */
	public CityGoal get(UUID organisationId, UUID cityGoalId) {
		return of(organisationId).stream()
			.filter(g -> g.getId().equals(cityGoalId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** How many of the organisation's strategic goals serve this city-strategy goal. */
	public long goalsServing(UUID organisationId, UUID cityGoalId) {
		return strategicGoals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
			.stream()
			.filter(g -> g.getCityGoalIds().contains(cityGoalId))
			.count();
	}

	/** A goal with only its name, for starting data that no person asked for, such as the demo's: it asks no one. */
	@Transactional
	public CityGoal add(UUID organisationId, String name) {
		return add(organisationId, name, "");
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, String name) {
		return add(organisationId, name).getId();
	}

	@Transactional
	public CityGoal add(CurrentUser user, String name, String description) {
		StrategyPermissions.requireKeeper(user);
		return add(user.organisationId(), name, description);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public CityGoal add(UUID organisationId, String name, String description) {
		var goal = new CityGoal(organisationId, name, of(organisationId).size() + 1);
		goal.describe(name, description);
		goals.saveAndFlush(goal);
		versions.kept(goal);
		events.publishEvent(new CityGoalAdded(organisationId, goal.getId(), name));
		return goal;
	}

	/**
	 * Renames or redescribes a goal the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void revise(CurrentUser user, UUID cityGoalId, String name, String description, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var goal = get(organisationId, cityGoalId);
		if (goal.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the city-strategy goal");
		}
		goal.describe(name, description);
		goals.saveAndFlush(goal);
		versions.kept(goal);
		events.publishEvent(new CityGoalRevised(organisationId, cityGoalId, name));
	}

	/**
	 * Deletes the goal and its links from the strategic goals that served it; those goals stay, and each keeps a
	 * version without the link.
	 * @return how many strategic goals lost the link
	 */
	@Transactional
	public long remove(CurrentUser user, UUID cityGoalId) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var goal = get(organisationId, cityGoalId);
		long unlinked = 0;
		for (var served : strategicGoals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)) {
			if (served.unlinkCityGoal(cityGoalId)) {
				strategicGoals.saveAndFlush(served);
				versions.kept(served);
				unlinked++;
			}
		}
		versions.deleted(goal);
		goals.delete(goal);
		goals.flush();
		var rest = new ArrayList<>(of(organisationId));
		for (int i = 0; i < rest.size(); i++) {
			rest.get(i).placeAt(i + 1);
		}
		goals.flush();
		// Those after the deleted one moved up a place.
		rest.stream().filter(g -> g.getSortOrder() >= goal.getSortOrder()).forEach(versions::kept);
		events.publishEvent(new CityGoalRemoved(organisationId, cityGoalId,
				goal.getName() + " (" + unlinked + ")"));
		return unlinked;
	}

	/** Moves the goal one place up ({@code -1}) or down ({@code 1}); the first and the last stay where they are. */
	@Transactional
	public void move(CurrentUser user, UUID cityGoalId, int by) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var goal = get(organisationId, cityGoalId);
		var ordered = new ArrayList<>(of(organisationId));
		var neighbour = Ordering.move(ordered, goal, by);
		if (neighbour != null) {
			for (int i = 0; i < ordered.size(); i++) {
				ordered.get(i).placeAt(i + 1);
			}
			goals.flush();
			versions.kept(goal);
			versions.kept(neighbour);
			events.publishEvent(new CityGoalMoved(organisationId, cityGoalId, goal.getName()));
		}
	}

}
