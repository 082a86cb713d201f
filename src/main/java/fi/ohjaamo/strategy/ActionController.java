package fi.ohjaamo.strategy;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

	ActionController(Actions actions, StrategicGoals goals) {
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
		requireManager(user);
		goals.get(user.organisationId(), goalId);
		actions.check(user.organisationId(), form, result);
		if (result.hasErrors()) {
			return goalPage(user, goalId, form, model);
		}
		actions.add(user.organisationId(), goalId, form);
		return "redirect:/strategy/goals/" + goalId + "/actions?added";
	}

	@PostMapping("/strategy/actions/{id}/status")
	String changeStatus(CurrentUser user, @PathVariable UUID id, @RequestParam ActionStatus status) {
		requireManager(user);
		var action = actions.get(user.organisationId(), id);
		actions.changeStatus(user.organisationId(), id, status);
		return "redirect:/strategy/goals/" + action.getGoalId() + "/actions?statusChanged";
	}

	@GetMapping("/strategy/actions/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		requireManager(user);
		var action = actions.get(user.organisationId(), id);
		return formPage(user, action, ActionForm.of(action), action.getVersion(), model);
	}

	@PostMapping("/strategy/actions/{id}")
	String update(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model) {
		requireManager(user);
		var action = actions.get(user.organisationId(), id);
		actions.check(user.organisationId(), form, result);
		if (result.hasErrors() || form.version() == null) {
			return formPage(user, action, form, form.version(), model);
		}
		try {
			actions.update(user.organisationId(), id, form, form.version());
		}
		catch (ActionChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = actions.get(user.organisationId(), id);
			result.reject("strategy.action.changedMeanwhile");
			model.addAttribute("current", row(user, current));
			// Saving again from here is a deliberate choice over the other person's values, so it is based on theirs.
			return formPage(user, current, form, current.getVersion(), model);
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

	private ActionRow row(CurrentUser user, Action action) {
		return actions.rows(user.organisationId(), action.getGoalId(), null, null)
			.stream()
			.filter(r -> r.id().equals(action.getId()))
			.findFirst()
			.orElseThrow();
	}

	private String goalPage(CurrentUser user, UUID goalId, ActionForm form, Model model) {
		var goal = goals.get(user.organisationId(), goalId);
		model.addAttribute("goal", goal);
		model.addAttribute("rows", actions.rows(user.organisationId(), goalId, null, null));
		model.addAttribute("actionForm", form);
		model.addAttribute("choices", actions.choices(user.organisationId()));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("mayManage", user.ownsPortfolio());
		return "strategy/action-list";
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

	private static void requireManager(CurrentUser user) {
		if (!user.ownsPortfolio()) {
			throw new AccessDeniedException("only IT management manages the strategy's actions");
		}
	}

}
