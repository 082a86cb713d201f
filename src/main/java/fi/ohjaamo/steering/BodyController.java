package fi.ohjaamo.steering;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.PersonView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Reading the steering bodies: the list, and a body with its members. Everyone in the organisation reads them. */
@Controller
class BodyController {

	private final SteeringBodies bodies;

	BodyController(SteeringBodies bodies) {
		this.bodies = bodies;
	}

	@GetMapping("/steering/bodies")
	String list(CurrentUser user, Model model) {
		model.addAttribute("bodies", bodies.of(user.organisationId()));
		model.addAttribute("names", names(user));
		model.addAttribute("mayManage", SteeringPermissions.mayKeepBodies(user));
		return "steering/bodies";
	}

	@GetMapping("/steering/bodies/{id}")
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("body", bodies.get(user.organisationId(), id));
		model.addAttribute("names", names(user));
		model.addAttribute("mayManage", SteeringPermissions.mayKeepBodies(user));
		return "steering/body";
	}

	private Map<UUID, String> names(CurrentUser user) {
		return bodies.people(user.organisationId())
			.stream()
			.collect(Collectors.toMap(PersonView::id, PersonView::displayName));
	}

}
