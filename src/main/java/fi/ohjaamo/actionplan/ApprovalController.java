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
	String form(CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
		var plan = keeping.draft(user, id);
		return form(user, plan, ApprovalForm.blank(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Helsinki")),
				plan.getVersion()), locale, model);
	}

	@PostMapping("/plans/{id}/approval")
	String approve(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult bound, Locale locale, Model model) {
		var plan = keeping.draft(user, id);
		var result = BoundForms.onTarget(form, bound, model);
		// Only active bodies are offered, so only they may approve: an old form must not name an inactive one.
		var known = activeBodies(user);
		form.check(known, result);
		if (result.hasErrors() || form.version() == null) {
			return form(user, plan, form, locale, model);
		}
		try {
			plans.approve(user, id, form.approval(known), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = plans.get(user.organisationId(), id);
			result.reject("actionplan.approval.changedMeanwhile");
			if (current.isApproved()) {
				return "redirect:/plans/" + id;
			}
			return form(user, current, new ApprovalForm(form.bodyId(), form.bodyName(), form.date(), form.section(),
					form.diaryNumber(), form.link(), current.getVersion()), locale, model);
		}
		return "redirect:/plans/" + id + "?approved";
	}

	private String form(CurrentUser user, ActionPlan plan, ApprovalForm form, Locale locale, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("notPublished", notPublished(plans.contents(plan, locale)));
		model.addAttribute("approvalForm", form);
		model.addAttribute("bodies", activeBodies(user));
		return "actionplan/approval-form";
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
