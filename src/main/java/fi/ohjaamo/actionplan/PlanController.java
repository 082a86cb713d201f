package fi.ohjaamo.actionplan;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Reading the action plans: the list, a plan as it reads, and what has changed since its approval. */
@Controller
class PlanController {

	private final ActionPlans plans;

	private final PlanChanges changes;

	PlanController(ActionPlans plans, PlanChanges changes) {
		this.plans = plans;
		this.changes = changes;
	}

	@GetMapping("/plans")
	String list(CurrentUser user, Model model) {
		model.addAttribute("plans", plans.of(user.organisationId()));
		model.addAttribute("mayManage", ActionPlanPermissions.mayKeepPlans(user));
		return "actionplan/plans";
	}

	@GetMapping("/plans/{id}")
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		var plan = plans.get(user.organisationId(), id);
		model.addAttribute("plan", plan);
		model.addAttribute("contents", plans.contents(plan, LocaleContextHolder.getLocale()));
		model.addAttribute("mayEdit", ActionPlanPermissions.mayKeepPlans(user) && !plan.isApproved());
		model.addAttribute("mayManage", ActionPlanPermissions.mayKeepPlans(user));
		model.addAttribute("copiedFrom", plans.copiedFrom(plan).orElse(null));
		return "actionplan/plan";
	}

	@GetMapping("/plans/{id}/changes")
	String changes(CurrentUser user, @PathVariable UUID id, Model model) {
		var plan = plans.get(user.organisationId(), id);
		model.addAttribute("plan", plan);
		model.addAttribute("changes", changes.since(user.organisationId(), id, LocaleContextHolder.getLocale()));
		return "actionplan/changes";
	}

}
