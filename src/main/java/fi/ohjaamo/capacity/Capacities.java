package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity module's API: the current plan as the capacity calculation sees it, and any plan's demand against
 * the organisation's capacity per quarter. The scenario module calls both with its own variations of the plan.
 */
@Service
@Transactional(readOnly = true)
public class Capacities {

	private final CurrentPlan plans;

	private final CapacityStore store;

	private final CapacityGrid grid;

	private final DemandSpread spread;

	Capacities(CurrentPlan plans, CapacityStore store, CapacityGrid grid, CapacityProperties properties) {
		this.plans = plans;
		this.store = store;
		this.grid = grid;
		this.spread = new DemandSpread(properties.personDaysPerYear());
	}

	/**
	 * Sets capacities as the grid's save does, on the latest version: each changed quarter is kept in the history
	 * and audited. For loaders of data; people edit the grid, which notices edits made meanwhile.
	 */
	@Transactional
	public void set(CurrentUser user, Map<Party, Map<Quarter, BigDecimal>> days) {
		var cells = new ArrayList<CapacityGrid.Typed>();
		days.forEach((party, quarters) -> quarters
			.forEach((quarter, value) -> cells.add(new CapacityGrid.Typed(party, quarter, value))));
		grid.save(user, grid.state(user.organisationId()).version(), cells);
	}

	/** The projects proposed, assessed, approved or in progress, with their schedules and resource lines. */
	public List<PlannedWork> currentPlan(UUID organisationId) {
		return currentPlan(organisationId, PlanScope.OPEN);
	}

	public List<PlannedWork> currentPlan(UUID organisationId, PlanScope scope) {
		return plans.plan(organisationId, scope);
	}

	/** The plan's demand against capacity in every quarter from the first to the last with demand or capacity. */
	public CapacityOutlook outlook(UUID organisationId, Collection<PlannedWork> plan) {
		return outlook(organisationId, plan, null, List.of());
	}

	/** The plan's demand against capacity in the quarters of the given years. */
	public CapacityOutlook outlook(UUID organisationId, Collection<PlannedWork> plan, int fromYear, int toYear) {
		return outlook(organisationId, plan, Quarter.ofYears(fromYear, toYear), List.of());
	}

	/** As {@link #outlook(UUID, Collection, int, int)}, also for the given service areas that have no capacity yet. */
	public CapacityOutlook outlook(UUID organisationId, Collection<PlannedWork> plan, int fromYear, int toYear,
			Collection<Party> alsoParties) {
		return outlook(organisationId, plan, Quarter.ofYears(fromYear, toYear), alsoParties);
	}

	private CapacityOutlook outlook(UUID organisationId, Collection<PlannedWork> plan, @Nullable List<Quarter> quarters,
			Collection<Party> alsoParties) {
		var demand = spread.spread(plan, plans.serviceAreas(organisationId));
		var capacities = store.capacities(organisationId);
		var parties = new HashSet<Party>(capacities.keySet());
		parties.addAll(alsoParties);
		return OutlookAssembly.assemble(demand, capacities, parties, quarters);
	}

}
