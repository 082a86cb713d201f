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
import org.springframework.web.bind.annotation.RequestParam;

/** IT management adds, edits and orders a strategy's focus areas. */
@Controller
class FocusAreaController {

	private final FocusAreas areas;

	private final Strategies strategies;

	private final StrategyTree tree;

	FocusAreaController(FocusAreas areas, Strategies strategies, StrategyTree tree) {
		this.areas = areas;
		this.strategies = strategies;
		this.tree = tree;
	}

	@PostMapping("/strategy/strategies/{id}/focus-areas")
	String add(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("focusAreaForm") FocusAreaForm form,
			BindingResult result, Model model) {
		StrategyController.requireManager(user);
		var strategy = strategies.get(user.organisationId(), id);
		if (result.hasErrors()) {
			model.addAttribute("strategy", strategy);
			model.addAttribute("tree", tree.of(user.organisationId(), id));
			model.addAttribute("mayManage", true);
			return "strategy/strategy";
		}
		areas.add(user.organisationId(), id, form.name(), form.description());
		return "redirect:/strategy/strategies/" + id + "?focusAreaAdded";
	}

	@GetMapping("/strategy/focus-areas/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyController.requireManager(user);
		var area = areas.get(user.organisationId(), id);
		model.addAttribute("area", area);
		model.addAttribute("siblings", areas.of(user.organisationId(), area.getStrategyId()));
		model.addAttribute("version", area.getVersion());
		model.addAttribute("focusAreaForm", new FocusAreaForm(area.getName(), area.getDescription(), area.getVersion()));
		return "strategy/focus-area-form";
	}

	@PostMapping("/strategy/focus-areas/{id}")
	String revise(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("focusAreaForm") FocusAreaForm form,
			BindingResult result, Model model) {
		StrategyController.requireManager(user);
		var area = areas.get(user.organisationId(), id);
		model.addAttribute("area", area);
		model.addAttribute("siblings", areas.of(user.organisationId(), area.getStrategyId()));
		model.addAttribute("version", form.version());
		if (result.hasErrors() || form.version() == null) {
			return "strategy/focus-area-form";
		}
		try {
			areas.revise(user.organisationId(), id, form.name(), form.description(), form.version());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			var saved = areas.get(user.organisationId(), id);
			result.reject("strategy.focusArea.changedMeanwhile");
			model.addAttribute("saved", saved);
			model.addAttribute("version", saved.getVersion());
			return "strategy/focus-area-form";
		}
		return "redirect:/strategy/strategies/" + area.getStrategyId() + "?focusAreaSaved";
	}

	@PostMapping("/strategy/focus-areas/{id}/up")
	String moveUp(CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "back", required = false) @Nullable String back) {
		StrategyController.requireManager(user);
		var area = areas.get(user.organisationId(), id);
		areas.moveUp(user.organisationId(), id);
		return afterMove(area, back);
	}

	@PostMapping("/strategy/focus-areas/{id}/down")
	String moveDown(CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "back", required = false) @Nullable String back) {
		StrategyController.requireManager(user);
		var area = areas.get(user.organisationId(), id);
		areas.moveDown(user.organisationId(), id);
		return afterMove(area, back);
	}

	/** Back to the strategy's page, or to the edit page when the move buttons there were used. */
	private static String afterMove(FocusArea area, @Nullable String back) {
		return "edit".equals(back) ? "redirect:/strategy/focus-areas/" + area.getId() + "/edit?moved"
				: "redirect:/strategy/strategies/" + area.getStrategyId() + "#focus-areas";
	}

}
