package fi.ohjaamo.strategy;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
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

/** IT management adds, edits and orders the worksites under a programme's spearhead themes. */
@Controller
class WorksiteController {

	private final Worksites worksites;

	private final SpearheadThemes themes;

	private final Programmes programmes;

	WorksiteController(Worksites worksites, SpearheadThemes themes, Programmes programmes) {
		this.worksites = worksites;
		this.themes = themes;
		this.programmes = programmes;
	}

	@GetMapping("/strategy/themes/{themeId}/worksites/new")
	String newWorksite(CurrentUser user, @PathVariable UUID themeId, Model model) {
		StrategyController.requireManager(user);
		return formPage(user, themes.get(user.organisationId(), themeId), null, WorksiteForm.blank(), null, model);
	}

	@PostMapping("/strategy/themes/{themeId}/worksites")
	String add(CurrentUser user, @PathVariable UUID themeId, @Valid @ModelAttribute("worksiteForm") WorksiteForm form,
			BindingResult result, Model model) {
		StrategyController.requireManager(user);
		var theme = themes.get(user.organisationId(), themeId);
		worksites.check(user.organisationId(), form, result);
		var responsible = form.responsibleParty();
		if (result.hasErrors() || responsible == null) {
			return formPage(user, theme, null, form, null, model);
		}
		var worksite = worksites.add(user.organisationId(), themeId, form.name(), form.description(), responsible);
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "?worksiteAdded#worksite-"
				+ worksite.getId();
	}

	@GetMapping("/strategy/worksites/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyController.requireManager(user);
		var worksite = worksites.get(user.organisationId(), id);
		return formPage(user, themes.get(user.organisationId(), worksite.getThemeId()), worksite,
				WorksiteForm.of(worksite), worksite.getVersion(), model);
	}

	@PostMapping("/strategy/worksites/{id}")
	String revise(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("worksiteForm") WorksiteForm form,
			BindingResult result, Model model) {
		StrategyController.requireManager(user);
		var worksite = worksites.get(user.organisationId(), id);
		var theme = themes.get(user.organisationId(), worksite.getThemeId());
		worksites.check(user.organisationId(), form, result);
		var responsible = form.responsibleParty();
		if (result.hasErrors() || responsible == null || form.version() == null) {
			return formPage(user, theme, worksite, form, form.version(), model);
		}
		try {
			worksites.revise(user.organisationId(), id, form.name(), form.description(), responsible, form.version());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var saved = worksites.get(user.organisationId(), id);
			result.reject("strategy.worksite.changedMeanwhile");
			model.addAttribute("saved", saved);
			model.addAttribute("savedResponsible", worksites.choices(user.organisationId()).nameOf(saved.responsible()));
			// Saving again from here is a deliberate choice over the other person's values, so it is based on theirs.
			return formPage(user, theme, saved, form, saved.getVersion(), model);
		}
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "?worksiteSaved#worksite-" + id;
	}

	@PostMapping("/strategy/worksites/{id}/up")
	String moveUp(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, -1);
	}

	@PostMapping("/strategy/worksites/{id}/down")
	String moveDown(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, 1);
	}

	private String move(CurrentUser user, UUID id, int step) {
		StrategyController.requireManager(user);
		var worksite = worksites.get(user.organisationId(), id);
		var theme = themes.get(user.organisationId(), worksite.getThemeId());
		worksites.move(user.organisationId(), id, step);
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "#worksite-" + id;
	}

	private String formPage(CurrentUser user, SpearheadTheme theme, @Nullable Worksite worksite, WorksiteForm form,
			@Nullable Long version, Model model) {
		model.addAttribute("theme", theme);
		model.addAttribute("programme", programmes.get(user.organisationId(), theme.getProgrammeId()));
		model.addAttribute("worksite", worksite);
		model.addAttribute("worksiteForm", form);
		model.addAttribute("version", version);
		model.addAttribute("choices", worksites.choices(user.organisationId()));
		return "strategy/worksite-form";
	}

}
