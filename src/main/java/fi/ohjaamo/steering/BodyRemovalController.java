package fi.ohjaamo.steering;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Deleting a body, after a page that either confirms it or, when rules or decisions refer to the body, says so and
 * points to making it inactive instead.
 */
@Controller
class BodyRemovalController {

	private final SteeringBodies bodies;

	BodyRemovalController(SteeringBodies bodies) {
		this.bodies = bodies;
	}

	@GetMapping("/steering/bodies/{id}/delete")
	String confirm(CurrentUser user, @PathVariable UUID id, Model model) {
		SteeringPermissions.requireKeeper(user);
		return page(user, id, model);
	}

	@PostMapping("/steering/bodies/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, Model model) {
		SteeringPermissions.requireKeeper(user);
		try {
			bodies.remove(user, id);
		}
		catch (BodyInUseException ex) {
			// A rule or a decision came to refer to it after the page was shown: show what does.
			return page(user, id, model);
		}
		return "redirect:/steering/bodies?deleted";
	}

	private String page(CurrentUser user, UUID id, Model model) {
		model.addAttribute("body", bodies.get(user.organisationId(), id));
		model.addAttribute("references", bodies.referencesTo(user.organisationId(), id));
		return "steering/confirm-delete-body";
	}

}
