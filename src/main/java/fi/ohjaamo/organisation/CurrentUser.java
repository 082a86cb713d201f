package fi.ohjaamo.organisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person as seen in the organisation they work in now: their roles there, the service
 * areas they may edit, and the other organisations they can switch to.
 */
public record CurrentUser(UUID personId, String displayName, UUID organisationId, String organisationName,
		Set<Role> roles, Set<UUID> editableServiceAreas, List<OrganisationChoice> organisations) {

	public record OrganisationChoice(UUID id, String name) {
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdministrator() {
		return has(Role.ADMINISTRATOR);
	}

	/** IT management and administrators own the whole portfolio. */
	public boolean ownsPortfolio() {
		return has(Role.IT_MANAGEMENT) || has(Role.ADMINISTRATOR);
	}

	public boolean mayEditServiceArea(UUID serviceAreaId) {
		return ownsPortfolio() || editableServiceAreas.contains(serviceAreaId);
	}

	public boolean mayCreateProjects() {
		return ownsPortfolio() || !editableServiceAreas.isEmpty();
	}

}
