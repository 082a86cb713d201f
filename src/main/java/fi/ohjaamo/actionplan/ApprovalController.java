package fi.ohjaamo.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording the approval of a draft, which freezes it. IT management and administrators record it. */
@Controller
class ApprovalController {

	private final ActionPlans plans;

	private final PlanKeeping keeping;

	private final SteeringBodies bodies;

	private final Clock clock;

	ApprovalController(ActionPlans plans, SteeringBodies bodies, Clock clock, PlanKeeping keeping) {
		this.keeping = keeping;
		this.plans = plans;
		this.bodies = bodies;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/approval")
	String form(CurrentUser user, @PathVariable UUID id, Model model) {
		var plan = keeping.draft(user, id);
		return form(user, plan, ApprovalForm.blank(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Helsinki")),
				plan.getVersion()), model);
	}

	@PostMapping("/plans/{id}/approval")
	String approve(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult bound, Model model) {
		var plan = keeping.draft(user, id);
		var result = BoundForms.onTarget(form, bound, model);
		// Only active bodies are offered, so only they may approve: an old form must not name an inactive one.
		var known = activeBodies(user);
		form.check(known, result);
		if (result.hasErrors() || form.version() == null) {
			return form(user, plan, form, model);
		}
		try {
			plans.approve(user.organisationId(), id, form.approval(known), form.version());
		}
		catch (PlanChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = plans.get(user.organisationId(), id);
			result.reject("actionplan.approval.changedMeanwhile");
			if (current.isApproved()) {
				return "redirect:/plans/" + id;
			}
			return form(user, current, new ApprovalForm(form.bodyId(), form.bodyName(), form.date(), form.section(),
					form.diaryNumber(), form.link(), current.getVersion()), model);
		}
		return "redirect:/plans/" + id + "?approved";
	}

	private String form(CurrentUser user, ActionPlan plan, ApprovalForm form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("approvalForm", form);
		model.addAttribute("bodies", activeBodies(user));
		return "actionplan/approval-form";
	}

	private List<SteeringBody> activeBodies(CurrentUser user) {
		return bodies.of(user.organisationId()).stream().filter(SteeringBody::isActive).toList();
	}


}
