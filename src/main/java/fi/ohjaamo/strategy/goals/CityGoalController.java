package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.support.LastSaver;
import fi.ohjaamo.strategy.support.Move;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city strategy's goals: everyone reads them, IT management enters, edits, orders and deletes them. Deleting
 * asks first and says how many strategic goals refer to the goal; a save on an outdated view is merged with the
 * other person's.
 */
@Controller
class CityGoalController {

	private final CityGoals goals;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	CityGoalController(CityGoals goals, EditMerge merges, LastSaver lastSaver) {
		this.goals = goals;
		this.merges = merges;
		this.lastSaver = lastSaver;
	}

	@GetMapping("/strategy/city-goals")
	String list(CurrentUser user, Model model) {
		return page(user, CityGoalForm.blank(), model);
	}

	@PostMapping("/strategy/city-goals")
	String add(CurrentUser user, @Valid @ModelAttribute("cityGoalForm") CityGoalForm form, BindingResult result,
			Model model) {
		StrategyPermissions.requireKeeper(user);
		if (result.hasErrors()) {
			return page(user, form, model);
		}
		goals.add(user, form.name(), form.description());
		return "redirect:/strategy/city-goals?added";
	}

	@GetMapping("/strategy/city-goals/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var goal = goals.get(user.organisationId(), id);
		var form = CityGoalForm.of(goal);
		merges.carry(model, form);
		return form(goal, form, goal.getVersion(), model);
	}

	@PostMapping("/strategy/city-goals/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("cityGoalForm") CityGoalForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		return merges.begin(merge, "cityGoalForm", posted, CityGoalForm.class, reading(), model)
			.showing(bound, form -> form(goals.get(user.organisationId(), id), form, form.version(), model))
			.saving(CityGoalForm::version, (form, version) -> goals.revise(user, id, form.name(), form.description(), version))
			.stale(() -> new Theirs<>(CityGoalForm.of(goals.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), StrategyVersions.CITY_GOAL, id)))
			.then("redirect:/strategy/city-goals?saved");
	}

	@GetMapping("/strategy/city-goals/{id}/delete")
	String confirm(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var goal = goals.get(user.organisationId(), id);
		model.addAttribute("kind", "cityGoal");
		model.addAttribute("name", goal.getName());
		model.addAttribute("servingGoals", goals.goalsServing(user.organisationId(), id));
		model.addAttribute("deleteUrl", "/strategy/city-goals/" + id + "/delete");
		model.addAttribute("cancelUrl", "/strategy/city-goals");
		return "strategy/confirm-delete";
	}

	@PostMapping("/strategy/city-goals/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		StrategyPermissions.requireKeeper(user);
		redirect.addFlashAttribute("unlinked", goals.remove(user, id));
		return "redirect:/strategy/city-goals?deleted";
	}

	@PostMapping("/strategy/city-goals/{id}/move")
	String move(CurrentUser user, @PathVariable UUID id, @RequestParam Move direction) {
		StrategyPermissions.requireKeeper(user);
		goals.move(user, id, direction.by());
		return "redirect:/strategy/city-goals?moved#city-goal-" + id;
	}

	private String page(CurrentUser user, CityGoalForm form, Model model) {
		model.addAttribute("cityGoals", goals.of(user.organisationId()));
		model.addAttribute("cityGoalForm", form);
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/city-goals";
	}

	/** The goal's fields named as the form names them. */
	private static FieldReading reading() {
		return FieldReading.labelled("strategy.cityGoal.").label("description", "history.cityGoal.description");
	}

	private static String form(CityGoal goal, CityGoalForm form, @Nullable Long version, Model model) {
		model.addAttribute("goal", goal);
		model.addAttribute("cityGoalForm", form);
		model.addAttribute("version", version);
		return "strategy/city-goal-form";
	}

}
