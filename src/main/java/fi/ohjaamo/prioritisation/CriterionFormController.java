package fi.ohjaamo.prioritisation;

import fi.ohjaamo.shared.web.FormBinding;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding and editing a criterion with its described scale. Levels are added and removed by sending the form, so
 * it works without JavaScript. The form tells what the active weights add up to with the typed weight; the
 * weights are balanced to 100 together on the weights form, since changing one at a time could never get there.
 */
@Controller
class CriterionFormController {

	private static final String FORM = "criterionForm";

	private final Criteria criteria;

	private final FormBinding binding;

	private final EditMerge merges;

	CriterionFormController(Criteria criteria, FormBinding binding, EditMerge merges) {
		this.criteria = criteria;
		this.binding = binding;
		this.merges = merges;
	}

	@GetMapping("/projects/criteria/new")
	String create(CurrentUser user, Model model) {
		CriteriaController.requireManager(user);
		return form(user, null, CriterionForm.blank(), null, model);
	}

	@PostMapping("/projects/criteria")
	String add(CurrentUser user, @Valid @ModelAttribute("criterionForm") CriterionForm form, BindingResult bound,
			@RequestParam(name = "_action", required = false) @Nullable String action, Model model) {
		CriteriaController.requireManager(user);
		if (changesLevels(action, form)) {
			return form(user, null, form.fresh(), null, model);
		}
		var result = binding.onForm(form, bound, model);
		Criteria.checkScale(form.levels().size(), result);
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		criteria.add(user, form.definition());
		return "redirect:/projects/criteria?added";
	}

	@GetMapping("/projects/criteria/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		CriteriaController.requireManager(user);
		var criterion = criteria.get(user.organisationId(), id);
		var form = CriterionForm.of(criterion);
		merges.carry(model, form);
		return form(user, criterion, form, criterion.getVersion(), model);
	}

	@PostMapping("/projects/criteria/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("criterionForm") CriterionForm posted,
			BindingResult bound, @RequestParam(name = "_action", required = false) @Nullable String action,
			MergeInput merge, Model model) {
		CriteriaController.requireManager(user);
		var edit = merges.begin(merge, FORM, posted, CriterionForm.class,
				FieldReading.labelled("prioritisation.criterion.").label("levels", "prioritisation.criterion.scale"),
				model);
		// Adding or removing a level changes the form before any save: shown again, open choices kept.
		if (changesLevels(action, edit.form())) {
			edit.showAgain();
			return form(user, id, edit.form().fresh(), model);
		}
		return edit.showing(bound, form -> form(user, id, form, model))
			.checking((form, result) -> Criteria.checkScale(form.levels().size(), result))
			.saving(CriterionForm::version, (form, version) -> criteria.redefine(user, id, form.definition(), version))
			.stale(() -> new Theirs<>(CriterionForm.of(criteria.get(user.organisationId(), id))))
			.then("redirect:/projects/criteria?saved");
	}

	/** Adds or removes a level; false when the action is a save. */
	private static boolean changesLevels(@Nullable String action, CriterionForm form) {
		if ("addLevel".equals(action)) {
			if (form.levels().size() < CriterionForm.MAX_LEVELS) {
				form.levels().add(new CriterionForm.Level(""));
			}
			return true;
		}
		if (action != null && action.startsWith("removeLevel:")) {
			try {
				int index = Integer.parseInt(action.substring("removeLevel:".length()));
				if (index >= 0 && index < form.levels().size()) {
					form.levels().remove(index);
				}
			}
			catch (NumberFormatException ex) {
				// a tampered button value removes nothing
			}
			return true;
		}
		return false;
	}

	/** The form of a saved criterion, as it now is, with the values on the form. */
	private String form(CurrentUser user, UUID id, CriterionForm form, Model model) {
		return form(user, criteria.get(user.organisationId(), id), form, form.version(), model);
	}

	private String form(CurrentUser user, @Nullable Criterion criterion, CriterionForm form, @Nullable Long version,
			Model model) {
		int others = criteria.active(user.organisationId()).stream()
			.filter(c -> criterion == null || !c.getId().equals(criterion.getId()))
			.mapToInt(Criterion::getWeight)
			.sum();
		int typed = form.inUse() && form.weight() != null ? form.weight() : 0;
		model.addAttribute("criterion", criterion);
		model.addAttribute("version", version);
		model.addAttribute("criterionForm", form);
		model.addAttribute("otherWeights", others);
		model.addAttribute("weightSum", others + typed);
		model.addAttribute("fullWeight", Criteria.FULL_WEIGHT);
		return "prioritisation/criterion-form";
	}

}
