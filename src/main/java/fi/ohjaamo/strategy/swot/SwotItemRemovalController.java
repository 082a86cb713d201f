package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.support.Move;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deleting a SWOT item, after a confirmation page that says what happens to an action made from it, and moving it
 * within its quadrant.
 */
@Controller
class SwotItemRemovalController {

	private final SwotAnalyses analyses;

	private final StrategicGoals goals;

	SwotItemRemovalController(SwotAnalyses analyses, StrategicGoals goals) {
		this.analyses = analyses;
		this.goals = goals;
	}

	@GetMapping("/strategy/swot/{id}/items/{itemId}/delete")
	String confirm(CurrentUser user, @PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		StrategyPermissions.requireKeeper(user);
		var item = analyses.item(user.organisationId(), id, itemId);
		var action = analyses.actionOf(user.organisationId(), itemId);
		model.addAttribute("kind", "swotItem");
		model.addAttribute("name", item.getDescription());
		model.addAttribute("linkedAction", action == null ? null : action.getDescription());
		model.addAttribute("linkedGoal",
				action == null ? null : goals.get(user.organisationId(), action.getGoalId()).getName());
		model.addAttribute("deleteUrl", "/strategy/swot/" + id + "/items/" + itemId + "/delete");
		model.addAttribute("cancelUrl", "/strategy/swot/" + id + "#item-" + itemId);
		return "strategy/confirm-delete";
	}

	@PostMapping("/strategy/swot/{id}/items/{itemId}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, @PathVariable UUID itemId) {
		StrategyPermissions.requireKeeper(user);
		analyses.removeItem(user, id, itemId);
		return "redirect:/strategy/swot/" + id + "?itemDeleted";
	}

	@PostMapping("/strategy/swot/{id}/items/{itemId}/move")
	String move(CurrentUser user, @PathVariable UUID id, @PathVariable UUID itemId, @RequestParam Move direction) {
		StrategyPermissions.requireKeeper(user);
		analyses.moveItem(user, id, itemId, direction.by());
		return "redirect:/strategy/swot/" + id + "?itemMoved#item-" + itemId;
	}

}
