package fi.ohjaamo.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.NotPublishedReason;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording the approval chain of a plan: the first decision approves a draft and freezes it; later ones (the
 * council's after the board's) are added to the chain. A recorded decision can be corrected, or removed after a
 * confirmation, on a page not stale. IT management and administrators record them.
 */
@Controller
class ApprovalController {

	private final ActionPlans plans;

	private final SteeringBodies bodies;

	private final Clock clock;

	ApprovalController(ActionPlans plans, SteeringBodies bodies, Clock clock) {
		this.plans = plans;
		this.bodies = bodies;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/approval")
	String form(CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		return form(user, plan, ApprovalForm.blank(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Helsinki")),
				plan.getVersion()), locale, model);
	}

	/**
	 * The first decision approves a draft and freezes it; each later one (the council's after the board's) is added
	 * to the approved plan's chain and leaves the plan as the first one froze it.
	 */
	@PostMapping("/plans/{id}/approval")
	String approve(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult bound, Locale locale, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		// Only active bodies are offered, so only they may approve: an old form must not name an inactive one.
		var known = activeBodies(user);
		form.check(known, result);
		if (result.hasErrors() || form.version() == null) {
			return form(user, plan, form, locale, model);
		}
		try {
			if (plan.isApproved()) {
				plans.recordDecision(user, id, form.approval(known), form.version());
				return "redirect:/plans/" + id + "?decisionRecorded";
			}
			plans.approve(user, id, form.approval(known), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = plans.get(user.organisationId(), id);
			if (current.isApproved() && !plan.isApproved()) {
				return "redirect:/plans/" + id;
			}
			var again = form.at(current.getVersion());
			return changedMeanwhile(form(user, current, again, locale, model), again, model);
		}
		return "redirect:/plans/" + id + "?approved";
	}

	@GetMapping("/plans/{id}/decisions/edit")
	String edit(CurrentUser user, @PathVariable UUID id, @RequestParam int n, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		var decision = plan.decisionAt(n);
		var known = bodiesFor(user, decision);
		return correctionForm(plan, n, ApprovalForm.of(decision, known, plan.getVersion()), known, model);
	}

	@PostMapping("/plans/{id}/decisions")
	String correct(CurrentUser user, @PathVariable UUID id, @RequestParam int n,
			@Valid @ModelAttribute("approvalForm") ApprovalForm form, BindingResult bound, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		var known = bodiesFor(user, plan.decisionAt(n));
		var result = BoundForms.onTarget(form, bound, model);
		form.check(known, result);
		if (result.hasErrors() || form.version() == null) {
			return correctionForm(plan, n, form, known, model);
		}
		try {
			plans.correctDecision(user, id, n, form.approval(known), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			// Someone saved the plan meanwhile: nothing was written; what the person typed is shown again.
			var current = plans.get(user.organisationId(), id);
			var again = form.at(current.getVersion());
			return changedMeanwhile(correctionForm(current, n, again, known, model), again, model);
		}
		return "redirect:/plans/" + id + "?decisionCorrected";
	}

	@GetMapping("/plans/{id}/decisions/remove")
	String confirmRemoval(CurrentUser user, @PathVariable UUID id, @RequestParam int n, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		model.addAttribute("plan", plan);
		model.addAttribute("decision", plan.decisionAt(n).view());
		model.addAttribute("n", n);
		return "actionplan/confirm-remove-decision";
	}

	@PostMapping("/plans/{id}/decisions/remove")
	String remove(CurrentUser user, @PathVariable UUID id, @RequestParam int n, @RequestParam long version) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		plan.decisionAt(n);
		if (plan.getApprovals().size() == 1) {
			return "redirect:/plans/" + id + "?lastDecisionStays";
		}
		try {
			plans.removeDecision(user, id, n, version);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/plans/" + id + "?staleDecision";
		}
		return "redirect:/plans/" + id + "?decisionRemoved";
	}

	private String form(CurrentUser user, ActionPlan plan, ApprovalForm form, Locale locale, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("notPublished", plan.isApproved() ? List.of() : notPublished(plans.contents(plan, locale)));
		model.addAttribute("approvalForm", form);
		model.addAttribute("bodies", activeBodies(user));
		model.addAttribute("action", "/plans/" + plan.getId() + "/approval");
		return "actionplan/approval-form";
	}

	private static String correctionForm(ActionPlan plan, int n, ApprovalForm form, List<SteeringBody> bodies,
			Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("notPublished", List.of());
		model.addAttribute("approvalForm", form);
		model.addAttribute("bodies", bodies);
		model.addAttribute("correcting", n);
		model.addAttribute("action", "/plans/" + plan.getId() + "/decisions?n=" + n);
		return "actionplan/approval-form";
	}

	/**
	 * The page again with the form at the plan's current version and a note that someone saved meanwhile; the note
	 * goes on with the form shown, as a form put in the model drops the errors of the one before.
	 */
	private static String changedMeanwhile(String view, ApprovalForm shown, Model model) {
		var errors = new BeanPropertyBindingResult(shown, "approvalForm");
		errors.reject("actionplan.approval.changedMeanwhile");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "approvalForm", errors);
		return view;
	}

	/** The active bodies, and the one the decision names even if it has since been made inactive. */
	private List<SteeringBody> bodiesFor(CurrentUser user, Approval decision) {
		return bodies.of(user.organisationId())
			.stream()
			.filter(b -> b.isActive() || b.getId().equals(decision.bodyId()))
			.toList();
	}

	/**
	 * The plan's projects that its published version will leave out, by the published portfolio's rule, so that
	 * whoever records the approval knows beforehand and can still make a card public (ADR 0014).
	 */
	static List<NotPublishedCard> notPublished(PlanContents contents) {
		return PlanChanges.entries(contents.groups())
			.stream()
			.filter(e -> !NotPublishedReason.publishes(e.card()))
			.map(e -> new NotPublishedCard(e.projectId(), e.number(), String.valueOf(e.card().title()),
					List.copyOf(NotPublishedReason.of(e.card()))))
			.toList();
	}

	/** A project of the plan that will not be published, with its number in the plan and why. */
	record NotPublishedCard(UUID projectId, String number, String title, List<NotPublishedReason> reasons) {
	}

	private List<SteeringBody> activeBodies(CurrentUser user) {
		return bodies.of(user.organisationId()).stream().filter(SteeringBody::isActive).toList();
	}


}
