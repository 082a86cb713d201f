package fi.ohjaamo.strategy.programmes;

import java.util.HashMap;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.Worksites;
import fi.ohjaamo.strategy.support.LastSaver;
import fi.ohjaamo.strategy.support.ProgrammeVersions;
import fi.ohjaamo.strategy.support.StrategyPermissions;
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
 * IT management adds, edits and orders the worksites under a programme's spearhead themes; a save on an outdated
 * view is merged with the other person's.
 */
@Controller
class WorksiteController {

	private final Worksites worksites;

	private final SpearheadThemes themes;

	private final Programmes programmes;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	WorksiteController(Worksites worksites, SpearheadThemes themes, Programmes programmes, EditMerge merges,
			LastSaver lastSaver) {
		this.worksites = worksites;
		this.themes = themes;
		this.programmes = programmes;
		this.merges = merges;
		this.lastSaver = lastSaver;
	}

	@GetMapping("/strategy/themes/{themeId}/worksites/new")
	String newWorksite(CurrentUser user, @PathVariable UUID themeId, Model model) {
		StrategyPermissions.requireKeeper(user);
		return formPage(user, themes.get(user.organisationId(), themeId), null, WorksiteForm.blank(), null, model);
	}

	@PostMapping("/strategy/themes/{themeId}/worksites")
	String add(CurrentUser user, @PathVariable UUID themeId, @Valid @ModelAttribute("worksiteForm") WorksiteForm form,
			BindingResult result, Model model) {
		StrategyPermissions.requireKeeper(user);
		var theme = themes.get(user.organisationId(), themeId);
		worksites.check(user.organisationId(), form, result);
		var responsible = form.responsibleParty();
		if (result.hasErrors() || responsible == null) {
			return formPage(user, theme, null, form, null, model);
		}
		var worksite = worksites.add(user, themeId, form.name(), form.description(), responsible);
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "?worksiteAdded#worksite-"
				+ worksite.getId();
	}

	@GetMapping("/strategy/worksites/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var worksite = worksites.get(user.organisationId(), id);
		var form = WorksiteForm.of(worksite);
		merges.carry(model, form);
		return formPage(user, themes.get(user.organisationId(), worksite.getThemeId()), worksite, form,
				worksite.getVersion(), model);
	}

	@PostMapping("/strategy/worksites/{id}")
	String revise(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("worksiteForm") WorksiteForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		var worksite = worksites.get(user.organisationId(), id);
		var theme = themes.get(user.organisationId(), worksite.getThemeId());
		return merges.begin(merge, "worksiteForm", posted, WorksiteForm.class, reading(user), model)
			.showing(bound, form -> formPage(user, id, form, model))
			// The check refuses a form without a responsible party, so a checked form has one.
			.checking((form, result) -> worksites.check(user.organisationId(), form, result))
			.saving(WorksiteForm::version, (form, version) -> worksites.revise(user, id, form.name(), form.description(),
					Objects.requireNonNull(form.responsibleParty(), "a checked responsible party"), version))
			.stale(() -> new Theirs<>(WorksiteForm.of(worksites.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), ProgrammeVersions.WORKSITE, id)))
			.then( "redirect:/strategy/programmes/" + theme.getProgrammeId() + "?worksiteSaved#worksite-" + id);
	}

	/** The worksite's fields as the form names them; the responsible party by its name. */
	private FieldReading reading(CurrentUser user) {
		var choices = worksites.choices(user.organisationId());
		var names = new HashMap<String, String>();
		choices.units().forEach(o -> names.put(o.value(), o.label()));
		choices.people().forEach(o -> names.put(o.value(), o.label()));
		return FieldReading.labelled("strategy.worksite.")
			.label("role", "strategy.action.role")
			.whenEmpty("responsible", "strategy.worksite.responsible.none")
			.says("responsible", "role", "strategy.action.responsible.role")
			.values((field, value) -> "responsible".equals(field) && value instanceof String party
					&& names.containsKey(party) ? names.get(party) : null);
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
		StrategyPermissions.requireKeeper(user);
		var worksite = worksites.get(user.organisationId(), id);
		var theme = themes.get(user.organisationId(), worksite.getThemeId());
		worksites.move(user, id, step);
		return "redirect:/strategy/programmes/" + theme.getProgrammeId() + "#worksite-" + id;
	}

	/** The form of a saved worksite, as it now is, with the values on the form. */
	private String formPage(CurrentUser user, UUID id, WorksiteForm form, Model model) {
		var worksite = worksites.get(user.organisationId(), id);
		return formPage(user, themes.get(user.organisationId(), worksite.getThemeId()), worksite, form, form.version(),
				model);
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
