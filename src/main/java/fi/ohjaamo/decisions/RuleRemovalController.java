package fi.ohjaamo.decisions;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Deleting a decision rule, after a page that says what the deletion changes and what stays. */
@Controller
class RuleRemovalController {

	private final DecisionRules rules;

	RuleRemovalController(DecisionRules rules) {
		this.rules = rules;
	}

	@GetMapping("/decisions/rules/{id}/delete")
	String confirm(CurrentUser user, @PathVariable UUID id, Model model) {
		RuleController.requireManager(user);
		model.addAttribute("rule", rules.get(user.organisationId(), id));
		return "decisions/confirm-delete-rule";
	}

	@PostMapping("/decisions/rules/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id) {
		RuleController.requireManager(user);
		rules.remove(user, id);
		return "redirect:/decisions/rules?deleted";
	}

}
