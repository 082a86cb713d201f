package fi.ohjaamo.prioritisation.fundingcall;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.portfolio.ProjectSummary;
import fi.ohjaamo.portfolio.Status;
import org.springframework.stereotype.Component;

/**
 * The projects the funding pages name, read through the portfolio's {@link ProjectSummaries} in one query: the
 * titles of a call's applicants, and the open projects a person may apply with.
 */
@Component
class FundingProjects {

	record ProjectName(UUID id, String number, String title, UUID serviceAreaId) {

		public String label() {
			return number.isBlank() ? title : number + " " + title;
		}

	}

	/** Every status but finished, rejected and cancelled: a project in those applies for nothing. */
	private static final Set<Status> OPEN = EnumSet.complementOf(EnumSet.of(Status.DONE, Status.REJECTED,
			Status.CANCELLED));

	private final ProjectSummaries projects;

	FundingProjects(ProjectSummaries projects) {
		this.projects = projects;
	}

	Map<UUID, ProjectName> named(UUID organisationId, Collection<UUID> ids) {
		var byId = new HashMap<UUID, ProjectName>();
		projects.byId(organisationId, ids).forEach((id, project) -> byId.put(id, name(project)));
		return byId;
	}

	/** Projects of the given service areas that are not finished, rejected or cancelled. */
	List<ProjectName> openIn(UUID organisationId, Collection<UUID> serviceAreas) {
		return projects.in(organisationId, OPEN, serviceAreas).stream().map(FundingProjects::name).toList();
	}

	private static ProjectName name(ProjectSummary project) {
		return new ProjectName(project.id(), project.number(), project.title(),
				Objects.requireNonNull(project.serviceAreaId(), "found by its service area"));
	}

}
