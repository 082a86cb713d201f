package fi.ohjaamo.portfolio;

import java.util.Objects;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Role;

/** Who may change which project: the portfolio's owners any, a service area its own, a manager theirs. */
final class ProjectPermissions {

	private ProjectPermissions() {
	}

	/** IT management any project, a service area's editor in that area; the card's area is checked on the save. */
	static boolean mayCreate(CurrentUser user) {
		return user.ownsPortfolio() || !user.editableServiceAreas().isEmpty();
	}

	static boolean mayEdit(CurrentUser user, Project project) {
		return user.ownsPortfolio()
				|| (project.getServiceAreaId() != null && user.mayEditServiceArea(project.getServiceAreaId()))
				|| (user.has(Role.PROJECT_MANAGER) && Objects.equals(project.getProjectManagerId(), user.personId()));
	}

	/**
	 * Making a card public discloses it as open data, so it is IT management's decision (and an administrator's);
	 * anyone else who edits the card may only propose it (ADR 0013).
	 */
	static boolean mayPublish(CurrentUser user) {
		return user.ownsPortfolio();
	}

	/** The service area a card names must be one the person may edit, so nobody hands a project out of reach. */
	static boolean mayWrite(CurrentUser user, ProjectCard card) {
		return user.ownsPortfolio() || (card.serviceAreaId() != null && user.mayEditServiceArea(card.serviceAreaId()));
	}

}
