package fi.ohjaamo.strategy.actions;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.support.Move;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deleting an action, after a confirmation page that says what stays, and moving it within its goal. Both work
 * without JavaScript: a link to the confirmation page, then a form.
 */
@Controller
class ActionRemovalController {

	private final Actions actions;

	ActionRemovalController(Actions actions) {
		this.actions = actions;
	}

	@GetMapping("/strategy/actions/{id}/delete")
	String confirm(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var action = actions.get(user.organisationId(), id);
		var item = actions.swotItemOf(action);
		model.addAttribute("kind", "action");
		model.addAttribute("name", action.getDescription());
		model.addAttribute("swotItem", item == null ? null : item.getDescription());
		model.addAttribute("deleteUrl", "/strategy/actions/" + id + "/delete");
		model.addAttribute("cancelUrl", "/strategy/goals/" + action.getGoalId() + "/actions#action-" + id);
		return "strategy/confirm-delete";
	}

	@PostMapping("/strategy/actions/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id) {
		StrategyPermissions.requireKeeper(user);
		var action = actions.get(user.organisationId(), id);
		actions.remove(user, id);
		return "redirect:/strategy/goals/" + action.getGoalId() + "/actions?deleted";
	}

	@PostMapping("/strategy/actions/{id}/move")
	String move(CurrentUser user, @PathVariable UUID id, @RequestParam Move direction) {
		StrategyPermissions.requireKeeper(user);
		var action = actions.get(user.organisationId(), id);
		actions.move(user, id, direction.by());
		return "redirect:/strategy/goals/" + action.getGoalId() + "/actions?moved#action-" + id;
	}

}
