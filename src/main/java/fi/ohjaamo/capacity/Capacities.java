package fi.ohjaamo.capacity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

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

	private final PlanQuery plans;

	private final CapacityStore store;

	private final DemandSpread spread;

	Capacities(PlanQuery plans, CapacityStore store, CapacityProperties properties) {
		this.plans = plans;
		this.store = store;
		this.spread = new DemandSpread(properties.personDaysPerYear());
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
		return outlook(organisationId, plan, null);
	}

	/** The plan's demand against capacity in the quarters of the given years. */
	public CapacityOutlook outlook(UUID organisationId, Collection<PlannedWork> plan, int fromYear, int toYear) {
		return outlook(organisationId, plan, Quarter.ofYears(fromYear, toYear));
	}

	private CapacityOutlook outlook(UUID organisationId, Collection<PlannedWork> plan, @Nullable List<Quarter> quarters) {
		var demand = spread.spread(plan, plans.serviceAreas(organisationId));
		var capacities = store.capacities(organisationId);
		return OutlookAssembly.assemble(demand, capacities, capacities.keySet(), quarters);
	}

}
