package fi.ohjaamo.strategy.goals;

import java.util.ArrayList;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.support.LastSaver;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organisation's strategic goals: everyone reads them, IT management adds them, renames them and places them
 * in the strategy. A save on an outdated view is merged with the other person's.
 */
@Controller
class StrategicGoalController {

	private final StrategicGoals goals;

	private final Strategies strategies;

	private final FocusAreas focusAreas;

	private final CityGoals cityGoals;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	StrategicGoalController(StrategicGoals goals, Strategies strategies, FocusAreas focusAreas, CityGoals cityGoals,
			EditMerge merges, LastSaver lastSaver) {
		this.merges = merges;
		this.lastSaver = lastSaver;
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
		StrategyPermissions.requireKeeper(user);
		goals.check(user.organisationId(), null, form.name(), result);
		if (result.hasErrors()) {
			return page(user, form, model);
		}
		goals.add(user, form.name());
		return "redirect:/strategy/goals?added";
	}

	@GetMapping("/strategy/goals/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var goal = goals.get(user.organisationId(), id);
		model.addAttribute("goal", goal);
		var form = GoalForm.of(goal);
		model.addAttribute("goalForm", form);
		merges.carry(model, form);
		model.addAttribute("version", goal.getVersion());
		return formPage(user, model);
	}

	@PostMapping("/strategy/goals/{id}")
	String rename(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("goalForm") GoalForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		return merges.begin(merge, "goalForm", posted, GoalForm.class, reading(user), model)
			.showing(bound, form -> {
				model.addAttribute("goal", goals.get(user.organisationId(), id));
				model.addAttribute("goalForm", form);
				model.addAttribute("version", form.version());
				return formPage(user, model);
			})
			.checking((form, result) -> goals.check(user.organisationId(), id, form.name(), result))
			.saving(GoalForm::version, (form, version) -> goals.revise(user, id, form.name(), form.focusAreaId(),
					form.description(), form.successFactors(), form.cityGoalIds(), version))
			.stale(() -> new Theirs<>(GoalForm.of(goals.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), StrategyVersions.GOAL, id)))
			.then("redirect:/strategy/goals?renamed");
	}

	private FieldReading reading(CurrentUser user) {
		var areas = new java.util.HashMap<UUID, String>();
		for (var strategy : strategies.of(user.organisationId())) {
			focusAreas.of(user.organisationId(), strategy.getId()).forEach(a -> areas.put(a.getId(), a.getName()));
		}
		var cities = new java.util.HashMap<UUID, String>();
		cityGoals.of(user.organisationId()).forEach(c -> cities.put(c.getId(), c.getName()));
		return FieldReading.labelled("strategy.goal.")
			.label("focusAreaId", "strategy.goal.focusArea")
			.label("cityGoalIds", "strategy.goal.cityGoals")
			.names("focusAreaId", areas)
			.names("cityGoalIds", cities);
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
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/goals";
	}

}
