package fi.ohjaamo.decisions;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.steering.SteeringBodies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A steering body's decisions on projects, linked from the body's page (the steering module knows no decisions). */
@Controller
class BodyDecisionsController {

	private final Approvals approvals;

	private final SteeringBodies bodies;

	BodyDecisionsController(Approvals approvals, SteeringBodies bodies) {
		this.approvals = approvals;
		this.bodies = bodies;
	}

	@GetMapping("/steering/bodies/{id}/decisions")
	String decisions(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("body", bodies.get(user.organisationId(), id));
		model.addAttribute("decisions", approvals.decisionsOf(user.organisationId(), id));
		return "decisions/body-decisions";
	}

}
