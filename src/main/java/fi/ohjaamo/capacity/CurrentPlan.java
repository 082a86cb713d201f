package fi.ohjaamo.capacity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.portfolio.PortfolioPlans;
import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.portfolio.ProjectSummary;
import fi.ohjaamo.shared.SchedulePoint;
import org.springframework.stereotype.Component;

/**
 * The plan as the capacity calculation reads it from the portfolio's published plan: the projects' schedules and
 * their resource lines, two queries whatever the number of projects.
 */
@Component
class CurrentPlan {

	private final PortfolioPlans plans;

	private final ProjectSummaries projects;

	CurrentPlan(PortfolioPlans plans, ProjectSummaries projects) {
		this.plans = plans;
		this.projects = projects;
	}

	List<PlannedWork> plan(UUID organisationId, PlanScope scope) {
		var lines = plans.resourceLines(organisationId, scope.statuses());
		return plans.projects(organisationId, scope.statuses())
			.stream()
			.map(p -> new PlannedWork(p.id(), p.title(), SchedulePoint.parse(p.scheduleStart()).orElse(null),
					SchedulePoint.parse(p.scheduleEnd()).orElse(null), lines.getOrDefault(p.id(), List.of())))
			.toList();
	}

	/** The service area of every project of the organisation that has one. */
	Map<UUID, UUID> serviceAreas(UUID organisationId) {
		return projects.of(organisationId)
			.stream()
			.filter(p -> p.serviceAreaId() != null)
			.collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::serviceAreaId));
	}

}
