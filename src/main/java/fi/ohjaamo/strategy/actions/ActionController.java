package fi.ohjaamo.strategy.actions;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.Action;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * their status. A save based on an outdated view is refused with the other person's values shown, keeping
 * what the person typed.
 */
@Controller
class ActionController {

	private final Actions actions;

	private final StrategicGoals goals;

	private final EditMerge merges;

	ActionController(Actions actions, StrategicGoals goals, EditMerge merges) {
		this.merges = merges;
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
		var edit = merges.begin(merge, "actionForm", posted, ActionForm.class, reading(user), model);
		var form = edit.form();
		if (edit.unchosen()) {
			return formPage(user, action, form, form.version(), model);
		}
		var result = edit.result(bound);
		actions.check(user.organisationId(), form, result);
		if (result.hasErrors() || form.version() == null) {
			edit.showAgain();
			return formPage(user, action, form, form.version(), model);
		}
		try {
			actions.update(user, id, form, form.version());
		}
		catch (ActionChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return merged(user, id, edit);
		}
		return "redirect:/strategy/goals/" + action.getGoalId() + "/actions?saved";
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

	/** Someone saved the action meanwhile: nothing is written; their save and this one are merged on the form. */
	private String merged(CurrentUser user, UUID id, EditMerge.Edit<ActionForm> edit) {
		var current = actions.get(user.organisationId(), id);
		var merged = edit.merged(ActionForm.of(current), null, "version");
		return formPage(user, current, merged, current.getVersion(), edit.model());
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
