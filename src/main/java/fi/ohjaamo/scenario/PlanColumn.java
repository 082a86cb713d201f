package fi.ohjaamo.scenario;

import fi.ohjaamo.capacity.CapacityOutlook;
import fi.ohjaamo.portfolio.PortfolioTotals;
import org.jspecify.annotations.Nullable;

/** One plan as a column of a comparison: the current plan (no scenario) or a scenario, with its capacity and costs. */
public record PlanColumn(@Nullable Scenario scenario, int projects, CapacityOutlook outlook, PortfolioTotals costs) {

	public boolean isCurrentPlan() {
		return scenario == null;
	}

}
