package fi.ohjaamo.keyfigures.web;

import java.util.UUID;

import fi.ohjaamo.keyfigures.FigureYear;
import fi.ohjaamo.keyfigures.KeyFigures;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adding a year's key figures, changing them, and deleting a year after confirmation. */
@Controller
class FigureYearFormController {

	private static final String LIST = "redirect:/registers/key-figures";

	private final KeyFigures keyFigures;

	private final InformationSystems systems;

	private final FormBinding binding;

	private final EditMerge merges;

	FigureYearFormController(KeyFigures keyFigures, InformationSystems systems, FormBinding binding, EditMerge merges) {
		this.merges = merges;
		this.keyFigures = keyFigures;
		this.systems = systems;
		this.binding = binding;
	}

	@GetMapping("/registers/key-figures/new")
	String create(CurrentUser user, Model model) {
		RegisterAccess.requireKeeper(user);
		return form(user, null, FigureYearForm.blank(), null, model);
	}

	@PostMapping("/registers/key-figures")
	String add(CurrentUser user, @Valid @ModelAttribute("figureYearForm") FigureYearForm form, BindingResult bound,
			Model model) {
		RegisterAccess.requireKeeper(user);
		var result = binding.onForm(form, bound, model);
		check(user, null, form, result);
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		keyFigures.add(user, form.values());
		return LIST + "?saved";
	}

	@GetMapping("/registers/key-figures/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		var year = keyFigures.get(user.organisationId(), id);
		var form = FigureYearForm.of(year);
		merges.carry(model, form);
		return form(user, year, form, year.getVersion(), model);
	}

	@PostMapping("/registers/key-figures/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("figureYearForm") FigureYearForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		RegisterAccess.requireKeeper(user);
		return merges.begin(merge, "figureYearForm", posted, FigureYearForm.class,
				FieldReading.labelled("keyfigures.year."), model)
			.showing(bound, form -> form(user, keyFigures.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> check(user, id, form, result))
			.saving(FigureYearForm::version, (form, version) -> keyFigures.restate(user, id, form.values(), version))
			.stale(() -> new Theirs<>(FigureYearForm.of(keyFigures.get(user.organisationId(), id))))
			.then(LIST + "?saved");
	}

	@GetMapping("/registers/key-figures/{id}/delete")
	String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		model.addAttribute("year", keyFigures.get(user.organisationId(), id));
		return "keyfigures/confirm-delete";
	}

	@PostMapping("/registers/key-figures/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id) {
		RegisterAccess.requireKeeper(user);
		keyFigures.delete(user, id);
		return LIST + "?deleted";
	}

	private void check(CurrentUser user, @Nullable UUID id, FigureYearForm form, Errors result) {
		form.checkCounts(result);
		if (form.year() != null) {
			keyFigures.check(user.organisationId(), id, form.values(), result);
		}
	}

	private String form(CurrentUser user, @Nullable FigureYear year, FigureYearForm form, @Nullable Long version,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("version", version);
		model.addAttribute("figureYearForm", form);
		model.addAttribute("systemsInUse", KeyFiguresController.systemsInUse(systems, user.organisationId()));
		return "keyfigures/year-form";
	}

}
