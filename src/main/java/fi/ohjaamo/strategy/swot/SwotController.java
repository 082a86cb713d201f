package fi.ohjaamo.strategy.swot;

import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.SwotQuadrant;
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
 * The organisation's SWOT analyses: everyone reads them, IT management adds analyses and items, edits the
 * items (a save on an outdated view merged with the other person's) and turns a response into an action under a
 * goal in one step.
 */
@Controller
class SwotController {

	private final SwotAnalyses analyses;

	private final StrategicGoals goals;

	private final Strategies strategies;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	SwotController(SwotAnalyses analyses, StrategicGoals goals, Strategies strategies, EditMerge merges,
			LastSaver lastSaver) {
		this.analyses = analyses;
		this.goals = goals;
		this.strategies = strategies;
		this.merges = merges;
		this.lastSaver = lastSaver;
	}

	@GetMapping("/strategy/swot")
	String list(CurrentUser user, Model model) {
		return listPage(user, SwotAnalysisForm.blank(), model);
	}

	@PostMapping("/strategy/swot")
	String add(CurrentUser user, @Valid @ModelAttribute("swotForm") SwotAnalysisForm form, BindingResult result,
			Model model) {
		StrategyPermissions.requireKeeper(user);
		analyses.check(user.organisationId(), form.strategyId(), result);
		if (result.hasErrors()) {
			return listPage(user, form, model);
		}
		var analysis = analyses.add(user, form.strategyId(), form.title(), form.analysedOn());
		return "redirect:/strategy/swot/" + analysis.getId() + "?added";
	}

	@GetMapping("/strategy/swot/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, id, SwotItemForm.blank(SwotQuadrant.STRENGTH), model);
	}

	@PostMapping("/strategy/swot/{id}/items")
	String addItem(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("itemForm") SwotItemForm form,
			BindingResult result, Model model) {
		StrategyPermissions.requireKeeper(user);
		analyses.get(user.organisationId(), id);
		if (result.hasErrors() || form.quadrant() == null) {
			return page(user, id, form, model);
		}
		var item = analyses.addItem(user, id, form.quadrant(), form.description(), form.response());
		return "redirect:/strategy/swot/" + id + "?itemAdded#item-" + item.getId();
	}

	@GetMapping("/strategy/swot/{id}/items/{itemId}/edit")
	String editItem(CurrentUser user, @PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		StrategyPermissions.requireKeeper(user);
		var item = analyses.item(user.organisationId(), id, itemId);
		var form = SwotItemForm.of(item);
		merges.carry(model, form);
		return itemPage(user, id, item, form, item.getVersion(), model);
	}

	@PostMapping("/strategy/swot/{id}/items/{itemId}")
	String updateItem(CurrentUser user, @PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @ModelAttribute("itemForm") SwotItemForm posted, BindingResult bound, MergeInput merge,
			Model model) {
		StrategyPermissions.requireKeeper(user);
		return merges.begin(merge, "itemForm", posted, SwotItemForm.class,
				FieldReading.labelled("strategy.swotItem."), model)
			.showing(bound, form -> itemPage(user, id, analyses.item(user.organisationId(), id, itemId), form,
					form.version(), model))
			.saving(SwotItemForm::version, (form, version) -> analyses.updateItem(user, id, itemId, form, version))
			.stale(() -> new Theirs<>(theirs(analyses.item(user.organisationId(), id, itemId), posted),
					lastSaver.of(user.organisationId(), StrategyVersions.SWOT_ITEM, itemId)))
			.then("redirect:/strategy/swot/" + id + "?itemSaved#item-" + itemId);
	}

	/**
	 * The other save of an item, in the quadrant this form posted: the quadrant is not edited here, it is the
	 * item's, and so never the merge's to take or choose.
	 */
	private static SwotItemForm theirs(SwotItem current, SwotItemForm posted) {
		var saved = SwotItemForm.of(current);
		return new SwotItemForm(posted.quadrant(), saved.description(), saved.response(), saved.version());
	}

	@PostMapping("/strategy/swot/{id}/items/{itemId}/action")
	String makeAction(CurrentUser user, @PathVariable UUID id, @PathVariable UUID itemId,
			@RequestParam(required = false) @Nullable UUID goalId) {
		StrategyPermissions.requireKeeper(user);
		analyses.item(user.organisationId(), id, itemId);
		if (goalId == null) {
			return "redirect:/strategy/swot/" + id + "?noGoal#item-" + itemId;
		}
		analyses.makeAction(user, id, itemId, goalId);
		return "redirect:/strategy/swot/" + id + "?actionMade#item-" + itemId;
	}

	private String listPage(CurrentUser user, SwotAnalysisForm form, Model model) {
		var all = strategies.of(user.organisationId());
		model.addAttribute("analyses", analyses.of(user.organisationId()));
		model.addAttribute("strategies", all);
		model.addAttribute("strategyNames", all.stream().collect(Collectors.toMap(Strategy::getId, Strategy::getName)));
		model.addAttribute("swotForm", form);
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/swot-list";
	}

	private String page(CurrentUser user, UUID id, SwotItemForm form, Model model) {
		var analysis = analyses.get(user.organisationId(), id);
		UUID strategyId = analysis.getStrategyId();
		model.addAttribute("analysis", analysis);
		model.addAttribute("strategy", strategyId == null ? null : strategies.get(user.organisationId(), strategyId));
		model.addAttribute("quadrants", analyses.quadrants(user.organisationId(), id));
		model.addAttribute("quadrantValues", SwotQuadrant.values());
		model.addAttribute("goals", goals.of(user.organisationId()));
		model.addAttribute("itemForm", form);
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/swot";
	}

	private String itemPage(CurrentUser user, UUID id, SwotItem item, SwotItemForm form, @Nullable Long version,
			Model model) {
		model.addAttribute("analysis", analyses.get(user.organisationId(), id));
		model.addAttribute("item", item);
		model.addAttribute("itemForm", form);
		model.addAttribute("version", version);
		return "strategy/swot-item-form";
	}

}
