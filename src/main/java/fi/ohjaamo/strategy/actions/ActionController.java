package fi.ohjaamo.strategy.actions;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.support.LastSaver;
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

/**
 * The actions under the strategic goals: everyone reads them, IT management adds and edits them and moves
 * their status. A save on an outdated view is merged with the other person's.
 */
@Controller
class ActionController {

	private final Actions actions;

	private final StrategicGoals goals;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	ActionController(Actions actions, StrategicGoals goals, EditMerge merges, LastSaver lastSaver) {
		this.merges = merges;
		this.lastSaver = lastSaver;
		this.actions = actions;
		this.goals = goals;
	}

	@GetMapping("/strategy/goals/{goalId}/actions")
	String ofGoal(CurrentUser user, @PathVariable UUID goalId, Model model) {
		return goalPage(user, goalId, ActionForm.blank(), model);
	}

	@PostMapping("/strategy/goals/{goalId}/actions")
	String add(CurrentUser user, @PathVariable UUID goalId, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model) {
		StrategyPermissions.requireKeeper(user);
		goals.get(user.organisationId(), goalId);
		actions.check(user.organisationId(), form, result);
		if (result.hasErrors()) {
			return goalPage(user, goalId, form, model);
		}
		actions.add(user, goalId, form);
		return "redirect:/strategy/goals/" + goalId + "/actions?added";
	}

	@PostMapping("/strategy/actions/{id}/status")
	String changeStatus(CurrentUser user, @PathVariable UUID id, @RequestParam ActionStatus status) {
		StrategyPermissions.requireKeeper(user);
		var action = actions.get(user.organisationId(), id);
		actions.changeStatus(user, id, status);
		return "redirect:/strategy/goals/" + action.getGoalId() + "/actions?statusChanged";
	}

	@GetMapping("/strategy/actions/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var action = actions.get(user.organisationId(), id);
		var form = ActionForm.of(action);
		merges.carry(model, form);
		return formPage(user, action, form, action.getVersion(), model);
	}

	@PostMapping("/strategy/actions/{id}")
	String update(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		var action = actions.get(user.organisationId(), id);
		return merges.begin(merge, "actionForm", posted, ActionForm.class, reading(user), model)
			.showing(bound, form -> formPage(user, actions.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> actions.check(user.organisationId(), form, result))
			.saving(ActionForm::version, (form, version) -> actions.update(user, id, form, version))
			.stale(() -> new Theirs<>(ActionForm.of(actions.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), StrategyVersions.ACTION, id)))
			.then("redirect:/strategy/goals/" + action.getGoalId() + "/actions?saved");
	}

	@GetMapping("/strategy/actions")
	String all(CurrentUser user, @RequestParam(required = false) @Nullable ActionStatus status,
			@RequestParam(required = false) @Nullable String responsible, Model model) {
		model.addAttribute("rows", actions.rows(user.organisationId(), null, status, responsible));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("choices", actions.choices(user.organisationId()));
		model.addAttribute("status", status);
		model.addAttribute("responsible", responsible == null ? "" : responsible);
		return "strategy/actions";
	}

	private String goalPage(CurrentUser user, UUID goalId, ActionForm form, Model model) {
		var goal = goals.get(user.organisationId(), goalId);
		model.addAttribute("goal", goal);
		model.addAttribute("rows", actions.rows(user.organisationId(), goalId, null, null));
		model.addAttribute("actionForm", form);
		model.addAttribute("choices", actions.choices(user.organisationId()));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/action-list";
	}

	/** The action's fields as the form names them; the responsible party by its name. */
	private FieldReading reading(CurrentUser user) {
		var choices = actions.choices(user.organisationId());
		var names = new java.util.HashMap<String, String>();
		choices.units().forEach(o -> names.put(o.value(), o.label()));
		choices.people().forEach(o -> names.put(o.value(), o.label()));
		return FieldReading.labelled("strategy.action.")
			.enums(status -> "strategy.actionStatus." + status.name())
			.says("responsible", "role", "strategy.action.responsible.role")
			.values((field, value) -> "responsible".equals(field) && value instanceof String party && names.containsKey(party)
					? names.get(party) : null);
	}

	private String formPage(CurrentUser user, Action action, ActionForm form, @Nullable Long version, Model model) {
		model.addAttribute("edited", action);
		model.addAttribute("goal", goals.get(user.organisationId(), action.getGoalId()));
		model.addAttribute("actionForm", form);
		model.addAttribute("version", version);
		model.addAttribute("choices", actions.choices(user.organisationId()));
		model.addAttribute("statuses", ActionStatus.values());
		return "strategy/action-form";
	}

}
