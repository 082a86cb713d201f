package fi.ohjaamo.actionplan;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
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
 * The introduction chapters of a draft: add, edit, move and remove. A chapter is named by its place ({@code n}, from
 * 0) as a parameter, since its place is what the reader sees and the plan's version guards against a moved list.
 */
@Controller
class ChapterController {

	private final ActionPlans plans;

	private final PlanKeeping keeping;

	private final EditMerge merges;

	ChapterController(ActionPlans plans, PlanKeeping keeping, EditMerge merges) {
		this.merges = merges;
		this.keeping = keeping;
		this.plans = plans;
	}

	@GetMapping("/plans/{id}/chapters/new")
	String create(CurrentUser user, @PathVariable UUID id, Model model) {
		var plan = keeping.draft(user, id);
		return form(plan, null, new ChapterForm("", "", plan.getVersion()), model);
	}

	@PostMapping("/plans/{id}/chapters")
	String add(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("chapterForm") ChapterForm form,
			BindingResult bound, Model model) {
		var plan = keeping.draft(user, id);
		var result = BoundForms.onTarget(form, bound, model);
		if (result.hasErrors() || form.version() == null) {
			return form(plan, null, form, model);
		}
		try {
			plans.addChapter(user, id, form.chapter(), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return stale(user, id, null, form, result, model);
		}
		return "redirect:/plans/" + id + "?saved#introduction";
	}

	@GetMapping("/plans/{id}/chapter")
	String edit(CurrentUser user, @PathVariable UUID id, @RequestParam int n, Model model) {
		var plan = keeping.draft(user, id);
		var form = ChapterForm.of(chapter(plan, n), plan.getVersion());
		merges.carry(model, form);
		return form(plan, n, form, model);
	}

	@PostMapping("/plans/{id}/chapter")
	String save(CurrentUser user, @PathVariable UUID id, @RequestParam int n,
			@Valid @ModelAttribute("chapterForm") ChapterForm posted, BindingResult bound, MergeInput merge,
			Model model) {
		var plan = keeping.draft(user, id);
		chapter(plan, n);
		var edit = merges.begin(merge, "chapterForm", posted, ChapterForm.class,
				FieldReading.labelled("actionplan.chapter."), model);
		var form = edit.form();
		if (edit.unchosen()) {
			return form(plan, n, form, model);
		}
		var result = BoundForms.onTarget(form, edit.result(bound), model);
		if (result.hasErrors() || form.version() == null) {
			edit.showAgain();
			return form(plan, n, form, model);
		}
		try {
			plans.replaceChapter(user, id, n, form.chapter(), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return merged(user, id, n, edit, result, model);
		}
		return "redirect:/plans/" + id + "?saved#introduction";
	}

	/**
	 * Someone saved the plan meanwhile. When the chapter in this place is still recognisably the one being edited
	 * (its heading or its text as it was), their save and this one are merged on the form; when the chapters were
	 * moved or replaced, the person sees the plan's chapters as they now are, with their own text kept.
	 */
	private String merged(CurrentUser user, UUID id, int n, EditMerge.Edit<ChapterForm> edit, BindingResult result,
			Model model) {
		var current = plans.get(user.organisationId(), id);
		var base = merges.base(edit.input(), ChapterForm.class);
		if (base != null && n < current.getChapters().size()) {
			var theirs = ChapterForm.of(current.getChapters().get(n), current.getVersion());
			if (theirs.heading().equals(base.heading()) || theirs.text().equals(base.text())) {
				return form(current, n, edit.merged(theirs, null, "version"), model);
			}
		}
		return stale(user, id, n, edit.form(), result, model);
	}

	@PostMapping("/plans/{id}/chapters/move")
	String move(CurrentUser user, @PathVariable UUID id, @RequestParam int n, @RequestParam int step,
			@RequestParam long version) {
		keeping.draft(user, id);
		return PlanProjectsController.guarded("/plans/" + id, "#introduction",
				() -> plans.moveChapter(user, id, n, Integer.signum(step), version));
	}

	/** Removing a chapter loses its text, so the chapter is shown and the removal asked to be confirmed first. */
	@GetMapping("/plans/{id}/chapters/remove")
	String confirmRemove(CurrentUser user, @PathVariable UUID id, @RequestParam int n, Model model) {
		var plan = keeping.draft(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("n", n);
		model.addAttribute("chapter", chapter(plan, n));
		return "actionplan/confirm-remove-chapter";
	}

	@PostMapping("/plans/{id}/chapters/remove")
	String remove(CurrentUser user, @PathVariable UUID id, @RequestParam int n, @RequestParam long version) {
		keeping.draft(user, id);
		return PlanProjectsController.guarded("/plans/" + id, "#introduction",
				() -> plans.removeChapter(user, id, n, version));
	}

	private String stale(CurrentUser user, UUID id, @Nullable Integer n, ChapterForm form, BindingResult result,
			Model model) {
		var current = plans.get(user.organisationId(), id);
		result.reject("actionplan.plan.changedMeanwhile");
		model.addAttribute("current", current);
		return form(current, n, new ChapterForm(form.heading(), form.text(), current.getVersion()), model);
	}


	private static Chapter chapter(ActionPlan plan, int n) {
		if (n < 0 || n >= plan.getChapters().size()) {
			throw new NotFoundException();
		}
		return plan.getChapters().get(n);
	}

	private String form(ActionPlan plan, @Nullable Integer n, ChapterForm form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("n", n);
		model.addAttribute("chapterForm", form);
		return "actionplan/chapter-form";
	}

}
