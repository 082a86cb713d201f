package fi.ohjaamo.strategy;

import java.util.ArrayList;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organisation's strategic goals: everyone reads them, IT management adds them, renames them and places them
 * in the strategy. An edit based on an outdated view is refused with the current name shown, keeping what the
 * person typed.
 */
@Controller
class StrategicGoalController {

	private final StrategicGoals goals;

	private final Strategies strategies;

	private final FocusAreas focusAreas;

	private final CityGoals cityGoals;

	StrategicGoalController(StrategicGoals goals, Strategies strategies, FocusAreas focusAreas, CityGoals cityGoals) {
		this.goals = goals;
		this.strategies = strategies;
		this.focusAreas = focusAreas;
		this.cityGoals = cityGoals;
	}

	@GetMapping("/strategy/goals")
	String list(CurrentUser user, Model model) {
		return page(user, GoalForm.empty(), model);
	}

	@PostMapping("/strategy/goals")
	String add(CurrentUser user, @Valid @ModelAttribute("goalForm") GoalForm form, BindingResult result, Model model) {
		requireManager(user);
		if (!result.hasFieldErrors("name") && goals.nameTaken(user.organisationId(), form.name(), null)) {
			result.rejectValue("name", "strategy.goal.name.taken");
		}
		if (result.hasErrors()) {
			return page(user, form, model);
		}
		goals.add(user.organisationId(), form.name());
		return "redirect:/strategy/goals?added";
	}

	@GetMapping("/strategy/goals/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		requireManager(user);
		var goal = goals.get(user.organisationId(), id);
		model.addAttribute("goal", goal);
		model.addAttribute("goalForm", GoalForm.of(goal));
		model.addAttribute("version", goal.getVersion());
		return formPage(user, model);
	}

	@PostMapping("/strategy/goals/{id}")
	String rename(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("goalForm") GoalForm form,
			BindingResult result, Model model) {
		requireManager(user);
		var goal = goals.get(user.organisationId(), id);
		model.addAttribute("goal", goal);
		model.addAttribute("version", form.version());
		if (!result.hasFieldErrors("name") && goals.nameTaken(user.organisationId(), form.name(), id)) {
			result.rejectValue("name", "strategy.goal.name.taken");
		}
		if (result.hasErrors() || form.version() == null) {
			return formPage(user, model);
		}
		try {
			goals.revise(user.organisationId(), id, form.name(), form.focusAreaId(), form.description(),
					form.successFactors(), form.cityGoalIds(), form.version());
		}
		catch (GoalChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = goals.get(user.organisationId(), id);
			result.rejectValue("name", "strategy.goal.name.changedMeanwhile", new Object[] { current.getName() }, null);
			// Saving again from here is a deliberate choice over the other person's name, so it is based on theirs.
			model.addAttribute("version", current.getVersion());
			return formPage(user, model);
		}
		return "redirect:/strategy/goals?renamed";
	}

	private String formPage(CurrentUser user, Model model) {
		var areas = new ArrayList<FocusAreaChoice>();
		for (var strategy : strategies.of(user.organisationId())) {
			focusAreas.of(user.organisationId(), strategy.getId())
				.forEach(a -> areas.add(new FocusAreaChoice(a.getId(), strategy.getName() + ": " + a.getName())));
		}
		model.addAttribute("focusAreas", areas);
		model.addAttribute("cityGoals", cityGoals.of(user.organisationId()));
		return "strategy/goal-form";
	}

	/** A focus area to choose, named with its strategy, as an organisation may keep several strategies. */
	record FocusAreaChoice(UUID id, String label) {
	}

	private String page(CurrentUser user, GoalForm form, Model model) {
		model.addAttribute("goals", goals.of(user.organisationId()));
		model.addAttribute("goalForm", form);
		model.addAttribute("mayManage", user.ownsPortfolio());
		return "strategy/goals";
	}

	private static void requireManager(CurrentUser user) {
		if (!user.ownsPortfolio()) {
			throw new AccessDeniedException("only IT management manages the strategic goals");
		}
	}

}
