package fi.ohjaamo.actionplan;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's life beyond editing: an approved plan is changed by starting its next version as a draft (the approved one
 * stays as it was approved), and a draft nobody needs is deleted after a page that asks to confirm it.
 */
@Controller
class PlanVersionController {

	private final ActionPlans plans;

	private final PlanKeeping keeping;

	PlanVersionController(ActionPlans plans, PlanKeeping keeping) {
		this.plans = plans;
		this.keeping = keeping;
	}

	@PostMapping("/plans/{id}/new-version")
	String startNewVersion(CurrentUser user, @PathVariable UUID id) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		if (!plan.isApproved()) {
			return "redirect:/plans/" + id;
		}
		var draft = plans.startNewVersion(user, id);
		return "redirect:/plans/" + draft.getId() + "?newVersion";
	}

	@GetMapping("/plans/{id}/delete")
	String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("plan", keeping.draft(user, id));
		return "actionplan/confirm-delete-plan";
	}

	@PostMapping("/plans/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, @RequestParam long version) {
		keeping.draft(user, id);
		try {
			plans.delete(user, id, version);
		}
		catch (ChangedMeanwhileException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			// Someone changed the draft after the confirmation page was read: they are asked again, seeing it now.
			return "redirect:/plans/" + id + "/delete?stale";
		}
		return "redirect:/plans?deleted";
	}

}
