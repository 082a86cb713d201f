package fi.ohjaamo.strategy;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The city strategy's goals: everyone reads them, IT management enters them. */
@Controller
class CityGoalController {

	private final CityGoals goals;

	CityGoalController(CityGoals goals) {
		this.goals = goals;
	}

	@GetMapping("/strategy/city-goals")
	String list(CurrentUser user, Model model) {
		return page(user, new CityGoalForm(""), model);
	}

	@PostMapping("/strategy/city-goals")
	String add(CurrentUser user, @Valid @ModelAttribute("cityGoalForm") CityGoalForm form, BindingResult result,
			Model model) {
		StrategyController.requireManager(user);
		if (result.hasErrors()) {
			return page(user, form, model);
		}
		goals.add(user.organisationId(), form.name());
		return "redirect:/strategy/city-goals?added";
	}

	private String page(CurrentUser user, CityGoalForm form, Model model) {
		model.addAttribute("cityGoals", goals.of(user.organisationId()));
		model.addAttribute("cityGoalForm", form);
		model.addAttribute("mayManage", user.ownsPortfolio());
		return "strategy/city-goals";
	}

}
