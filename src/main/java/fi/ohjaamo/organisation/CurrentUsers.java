package fi.ohjaamo.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves the {@link CurrentUser} of a request: the signed-in person, the organisation chosen in their
 * session (the first one they belong to until they switch) and their roles there, read once per request.
 */
@Component
public class CurrentUsers {

	static final String ORGANISATION_KEY = CurrentUsers.class.getName() + ".organisation";

	private static final String REQUEST_KEY = CurrentUsers.class.getName() + ".current";

	private final Organisations organisations;

	CurrentUsers(Organisations organisations) {
		this.organisations = organisations;
	}

	public Optional<CurrentUser> find(HttpServletRequest request) {
		if (request.getAttribute(REQUEST_KEY) instanceof CurrentUser cached) {
			return Optional.of(cached);
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return Optional.empty();
		}
		var resolved = resolve(person, request.getSession());
		resolved.ifPresent(user -> request.setAttribute(REQUEST_KEY, user));
		return resolved;
	}

	/** Makes the organisation current for the session; false when the person has no role there. */
	public boolean switchTo(HttpServletRequest request, UUID organisationId) {
		var user = find(request).orElseThrow();
		boolean member = user.organisations().stream().anyMatch(o -> o.id().equals(organisationId));
		if (member) {
			request.getSession().setAttribute(ORGANISATION_KEY, organisationId);
			request.removeAttribute(REQUEST_KEY);
		}
		return member;
	}

	private Optional<CurrentUser> resolve(SignedInPerson person, HttpSession session) {
		List<Membership> memberships = organisations.membershipsOf(person.personId());
		var available = organisations.organisationsOf(memberships);
		if (available.isEmpty()) {
			return Optional.empty();
		}
		var chosen = available.stream()
			.filter(o -> o.getId().equals(session.getAttribute(ORGANISATION_KEY)))
			.findFirst()
			.orElse(available.getFirst());
		session.setAttribute(ORGANISATION_KEY, chosen.getId());
		var here = memberships.stream().filter(m -> m.getOrganisationId().equals(chosen.getId())).toList();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		here.forEach(m -> roles.add(m.getRole()));
		Set<UUID> serviceAreas = here.stream()
			.filter(m -> m.getRole() == Role.SERVICE_AREA_EDITOR)
			.map(Membership::getServiceAreaId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		var choices = available.stream()
			.map(o -> new CurrentUser.OrganisationChoice(o.getId(), o.getName()))
			.toList();
		return Optional.of(new CurrentUser(person.personId(), person.displayName(), chosen.getId(), chosen.getName(),
				roles, serviceAreas, choices));
	}

}
