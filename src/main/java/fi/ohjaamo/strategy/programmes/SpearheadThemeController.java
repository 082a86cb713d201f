package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.support.LastSaver;
import fi.ohjaamo.strategy.support.ProgrammeVersions;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * IT management adds, edits and orders a programme's spearhead themes; a save on an outdated view is merged with
 * the other person's.
 */
@Controller
class SpearheadThemeController {

	private final SpearheadThemes themes;

	private final ProgrammePage programmePage;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	SpearheadThemeController(SpearheadThemes themes, ProgrammePage programmePage, EditMerge merges,
			LastSaver lastSaver) {
		this.themes = themes;
		this.programmePage = programmePage;
		this.merges = merges;
		this.lastSaver = lastSaver;
	}

	@PostMapping("/strategy/programmes/{id}/themes")
	String add(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("spearheadThemeForm") SpearheadThemeForm form, BindingResult result, Model model) {
		StrategyPermissions.requireKeeper(user);
		if (result.hasErrors()) {
			return programmePage.render(user, id, form, model);
		}
		var theme = themes.add(user, id, form.name(), form.description());
		return "redirect:/strategy/programmes/" + id + "?themeAdded#theme-" + theme.getId();
	}

	@GetMapping("/strategy/themes/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var theme = themes.get(user.organisationId(), id);
		var form = SpearheadThemeForm.of(theme);
		merges.carry(model, form);
		return formPage(theme, form, model);
	}

	@PostMapping("/strategy/themes/{id}")
	String revise(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("spearheadThemeForm") SpearheadThemeForm posted, BindingResult bound,
			MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		var theme = themes.get(user.organisationId(), id);
		return merges.begin(merge, "spearheadThemeForm", posted, SpearheadThemeForm.class,
				FieldReading.labelled("strategy.spearheadTheme."), model)
			.showing(bound, form -> formPage(themes.get(user.organisationId(), id), form, model))
			.saving(SpearheadThemeForm::version,
					(form, version) -> themes.revise(user, id, form.name(), form.description(), version))
			.stale(() -> new Theirs<>(SpearheadThemeForm.of(themes.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), ProgrammeVersions.THEME, id)))
			.then( "redirect:/strategy/programmes/" + theme.getProgrammeId() + "?themeSaved#theme-" + id);
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
		StrategyPermissions.requireKeeper(user);
		var theme = themes.get(user.organisationId(), id);
		themes.move(user, id, step);
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "#theme-" + id;
	}

	private static String formPage(SpearheadTheme theme, SpearheadThemeForm form, Model model) {
		model.addAttribute("theme", theme);
		model.addAttribute("spearheadThemeForm", form);
		model.addAttribute("version", form.version());
		return "strategy/spearhead-theme-form";
	}

}
