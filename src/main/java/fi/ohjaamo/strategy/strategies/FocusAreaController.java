package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.support.LastSaver;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
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
 * IT management adds, edits and orders a strategy's focus areas; a save on an outdated view is merged with the other
 * person's.
 */
@Controller
class FocusAreaController {

	private final FocusAreas areas;

	private final Strategies strategies;

	private final StrategyTree tree;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	FocusAreaController(FocusAreas areas, Strategies strategies, StrategyTree tree, EditMerge merges,
			LastSaver lastSaver) {
		this.areas = areas;
		this.strategies = strategies;
		this.tree = tree;
		this.merges = merges;
		this.lastSaver = lastSaver;
	}

	@PostMapping("/strategy/strategies/{id}/focus-areas")
	String add(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("focusAreaForm") FocusAreaForm form,
			BindingResult result, Model model) {
		StrategyPermissions.requireKeeper(user);
		var strategy = strategies.get(user.organisationId(), id);
		if (result.hasErrors()) {
			model.addAttribute("strategy", strategy);
			model.addAttribute("tree", tree.of(user.organisationId(), id));
			model.addAttribute("mayManage", true);
			return "strategy/strategy";
		}
		areas.add(user, id, form.name(), form.description());
		return "redirect:/strategy/strategies/" + id + "?focusAreaAdded";
	}

	@GetMapping("/strategy/focus-areas/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var area = areas.get(user.organisationId(), id);
		var form = FocusAreaForm.of(area);
		merges.carry(model, form);
		return formPage(user, area, form, model);
	}

	@PostMapping("/strategy/focus-areas/{id}")
	String revise(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("focusAreaForm") FocusAreaForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		var area = areas.get(user.organisationId(), id);
		return merges.begin(merge, "focusAreaForm", posted, FocusAreaForm.class,
				FieldReading.labelled("strategy.focusArea."), model)
			.showing(bound, form -> formPage(user, areas.get(user.organisationId(), id), form, model))
			.saving(FocusAreaForm::version,
					(form, version) -> areas.revise(user, id, form.name(), form.description(), version))
			.stale(() -> new Theirs<>(FocusAreaForm.of(areas.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), StrategyVersions.FOCUS_AREA, id)))
			.then("redirect:/strategy/strategies/" + area.getStrategyId() + "?focusAreaSaved");
	}

	private String formPage(CurrentUser user, FocusArea area, FocusAreaForm form, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("siblings", areas.of(user.organisationId(), area.getStrategyId()));
		model.addAttribute("focusAreaForm", form);
		model.addAttribute("version", form.version());
		return "strategy/focus-area-form";
	}

	@PostMapping("/strategy/focus-areas/{id}/up")
	String moveUp(CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "back", required = false) @Nullable String back) {
		StrategyPermissions.requireKeeper(user);
		var area = areas.get(user.organisationId(), id);
		areas.moveUp(user, id);
		return afterMove(area, back);
	}

	@PostMapping("/strategy/focus-areas/{id}/down")
	String moveDown(CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "back", required = false) @Nullable String back) {
		StrategyPermissions.requireKeeper(user);
		var area = areas.get(user.organisationId(), id);
		areas.moveDown(user, id);
		return afterMove(area, back);
	}

	/** Back to the strategy's page, or to the edit page when the move buttons there were used. */
	private static String afterMove(FocusArea area, @Nullable String back) {
		return "edit".equals(back) ? "redirect:/strategy/focus-areas/" + area.getId() + "/edit?moved"
				: "redirect:/strategy/strategies/" + area.getStrategyId() + "#focus-areas";
	}

}
