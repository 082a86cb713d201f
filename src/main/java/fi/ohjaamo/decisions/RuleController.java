package fi.ohjaamo.decisions;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The decision matrix as everyone in the organisation reads it: the rules in order of precedence. */
@Controller
class RuleController {

	private final DecisionRules rules;

	private final SteeringBodies bodies;

	RuleController(DecisionRules rules, SteeringBodies bodies) {
		this.rules = rules;
		this.bodies = bodies;
	}

	@GetMapping("/decisions/rules")
	String list(CurrentUser user, Model model) {
		model.addAttribute("rules", rules.of(user.organisationId()));
		model.addAttribute("bodyNames", bodyNames(bodies, user.organisationId()));
		model.addAttribute("mayManage", DecisionPermissions.mayKeepRules(user));
		return "decisions/rules";
	}

	static Map<UUID, String> bodyNames(SteeringBodies bodies, UUID organisationId) {
		return bodies.of(organisationId).stream().collect(Collectors.toMap(SteeringBody::getId, SteeringBody::getName));
	}

	/** Administrators and IT management keep the decision matrix. */
	static void requireManager(CurrentUser user) {
		DecisionPermissions.require(DecisionPermissions.mayKeepRules(user), "may not manage decision rules");
	}

}
