package fi.ohjaamo.actionplan;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Starting a plan, renaming a draft, and starting the next period's draft as a copy of a plan. A stale save is merged
 * with the other person's ({@link EditMerge}).
 */
@Controller
class PlanFormController {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final ActionPlans plans;

	private final PlanKeeping keeping;

	private final Clock clock;

	private final EditMerge merges;

	PlanFormController(ActionPlans plans, Clock clock, PlanKeeping keeping, EditMerge merges) {
		this.merges = merges;
		this.keeping = keeping;
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping("/plans/new")
	String create(CurrentUser user, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		return form(null, PlanHeadingForm.blank(clock.instant().atZone(FINLAND).getYear() + 1), false, model);
	}

	@PostMapping("/plans")
	String add(CurrentUser user, @Valid @ModelAttribute("planForm") PlanHeadingForm form, BindingResult bound,
			Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var result = BoundForms.onTarget(form, bound, model);
		form.check(result);
		if (result.hasErrors()) {
			return form(null, form, false, model);
		}
		var plan = plans.create(user, form.heading());
		return "redirect:/plans/" + plan.getId() + "?saved";
	}

	@GetMapping("/plans/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		var plan = keeping.draft(user, id);
		var form = PlanHeadingForm.of(plan);
		merges.carry(model, form);
		return form(plan, form, false, model);
	}

	@PostMapping("/plans/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("planForm") PlanHeadingForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		keeping.draft(user, id);
		// The plan's version also moves with its chapters and projects, which this form does not hold.
		return merges.begin(merge, "planForm", posted, PlanHeadingForm.class,
				FieldReading.labelled("actionplan.plan."), model)
			.showing(bound, form -> form(plans.get(user.organisationId(), id), form, false, model))
			.checking((form, result) -> form.check(result))
			.saving(PlanHeadingForm::version, (form, version) -> plans.rename(user, id, form.heading(), version))
			.stale(() -> new Theirs<>(PlanHeadingForm.of(plans.get(user.organisationId(), id))))
			.then("redirect:/plans/" + id + "?saved");
	}

	@GetMapping("/plans/{id}/copy")
	String startCopy(CurrentUser user, @PathVariable UUID id, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		int span = plan.getLastYear() - plan.getFirstYear() + 1;
		return form(plan, new PlanHeadingForm(plan.getTitle(), "", plan.getFirstYear() + span,
				plan.getLastYear() + span, null), true, model);
	}

	@PostMapping("/plans/{id}/copy")
	String copy(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("planForm") PlanHeadingForm form,
			BindingResult bound, Model model) {
		ActionPlanPermissions.requireKeeper(user);
		var plan = plans.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		form.check(result);
		if (result.hasErrors()) {
			return form(plan, form, true, model);
		}
		var copy = plans.copy(user, id, form.heading());
		return "redirect:/plans/" + copy.getId() + "?saved";
	}


	private String form(@Nullable ActionPlan plan, PlanHeadingForm form, boolean copying, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("planForm", form);
		model.addAttribute("copying", copying);
		return "actionplan/plan-form";
	}

}
