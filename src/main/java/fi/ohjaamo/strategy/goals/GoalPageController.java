package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A strategic goal's own page, for everyone in the organisation: what it means and what is done about it. */
@Controller
class GoalPageController {

	private final GoalPages pages;

	GoalPageController(GoalPages pages) {
		this.pages = pages;
	}

	@GetMapping("/strategy/goals/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("page", pages.of(user.organisationId(), id));
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/goal";
	}

}
