package fi.ohjaamo.strategy;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** IT management adds, edits and orders a programme's spearhead themes. */
@Controller
class SpearheadThemeController {

	private final SpearheadThemes themes;

	private final ProgrammePage programmePage;

	SpearheadThemeController(SpearheadThemes themes, ProgrammePage programmePage) {
		this.themes = themes;
		this.programmePage = programmePage;
	}

	@PostMapping("/strategy/programmes/{id}/themes")
	String add(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("spearheadThemeForm") SpearheadThemeForm form, BindingResult result, Model model) {
		StrategyController.requireManager(user);
		if (result.hasErrors()) {
			return programmePage.render(user, id, form, model);
		}
		var theme = themes.add(user.organisationId(), id, form.name(), form.description());
		return "redirect:/strategy/programmes/" + id + "?themeAdded#theme-" + theme.getId();
	}

	@GetMapping("/strategy/themes/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyController.requireManager(user);
		var theme = themes.get(user.organisationId(), id);
		model.addAttribute("theme", theme);
		model.addAttribute("version", theme.getVersion());
		model.addAttribute("spearheadThemeForm",
				new SpearheadThemeForm(theme.getName(), theme.getDescription(), theme.getVersion()));
		return "strategy/spearhead-theme-form";
	}

	@PostMapping("/strategy/themes/{id}")
	String revise(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("spearheadThemeForm") SpearheadThemeForm form, BindingResult result, Model model) {
		StrategyController.requireManager(user);
		var theme = themes.get(user.organisationId(), id);
		model.addAttribute("theme", theme);
		model.addAttribute("version", form.version());
		if (result.hasErrors() || form.version() == null) {
			return "strategy/spearhead-theme-form";
		}
		try {
			themes.revise(user.organisationId(), id, form.name(), form.description(), form.version());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var saved = themes.get(user.organisationId(), id);
			result.reject("strategy.spearheadTheme.changedMeanwhile");
			model.addAttribute("saved", saved);
			model.addAttribute("version", saved.getVersion());
			return "strategy/spearhead-theme-form";
		}
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "?themeSaved#theme-" + id;
	}

	@PostMapping("/strategy/themes/{id}/up")
	String moveUp(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, -1);
	}

	@PostMapping("/strategy/themes/{id}/down")
	String moveDown(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, 1);
	}

	private String move(CurrentUser user, UUID id, int step) {
		StrategyController.requireManager(user);
		var theme = themes.get(user.organisationId(), id);
		themes.move(user.organisationId(), id, step);
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "#theme-" + id;
	}

}
