package fi.ohjaamo.strategy.strategies;

import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.StrategyStatus;
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

/**
 * The organisation's IT strategies: everyone reads them, IT management writes, approves and chooses the current
 * one. A save on an outdated view is merged with the other person's.
 */
@Controller
class StrategyController {

	private final Strategies strategies;

	private final StrategyTree tree;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	StrategyController(Strategies strategies, StrategyTree tree, EditMerge merges, LastSaver lastSaver) {
		this.merges = merges;
		this.lastSaver = lastSaver;
		this.strategies = strategies;
		this.tree = tree;
	}

	@GetMapping("/strategy")
	String current(CurrentUser user, Model model) {
		var current = strategies.current(user.organisationId());
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		if (current.isEmpty()) {
			return "strategy/no-strategy";
		}
		return show(user, current.get().getId(), model);
	}

	@GetMapping("/strategy/strategies/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		var strategy = strategies.get(user.organisationId(), id);
		model.addAttribute("strategy", strategy);
		model.addAttribute("tree", tree.of(user.organisationId(), strategy.getId()));
		model.addAttribute("unplaced", tree.unplaced(user.organisationId()));
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		model.addAttribute("focusAreaForm", new FocusAreaForm("", "", null));
		return "strategy/strategy";
	}

	@GetMapping("/strategy/strategies")
	String list(CurrentUser user, Model model) {
		model.addAttribute("strategies", strategies.of(user.organisationId()));
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/strategies";
	}

	@GetMapping("/strategy/strategies/new")
	String createForm(CurrentUser user, Model model) {
		StrategyPermissions.requireKeeper(user);
		model.addAttribute("strategyForm", new StrategyForm("", null, null, "", "", "", "", null));
		return "strategy/strategy-form";
	}

	@PostMapping("/strategy/strategies")
	String create(CurrentUser user, @Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult result) {
		StrategyPermissions.requireKeeper(user);
		Strategies.check(form, result);
		if (result.hasErrors()) {
			return "strategy/strategy-form";
		}
		var strategy = strategies.create(user, form.name(), Objects.requireNonNull(form.startYear()),
				Objects.requireNonNull(form.endYear()),
				form.vision(), form.mission(), form.lines());
		return "redirect:/strategy/strategies/" + strategy.getId() + "?saved";
	}

	@GetMapping("/strategy/strategies/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var strategy = strategies.get(user.organisationId(), id);
		var form = StrategyForm.of(strategy);
		merges.carry(model, form);
		return editPage(strategy, form, ApprovalForm.blank(), strategy.getVersion(), model);
	}

	@PostMapping("/strategy/strategies/{id}")
	String revise(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("strategyForm") StrategyForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		return merges.begin(merge, "strategyForm", posted, StrategyForm.class,
				FieldReading.labelled("strategy.strategy."), model)
			.showing(bound, form -> {
				var strategy = strategies.get(user.organisationId(), id);
				return editPage(strategy, form, ApprovalForm.blank(), form.version(), model);
			})
			.checking(Strategies::check)
			.saving(StrategyForm::version, (form, version) -> strategies.revise(user, id, form, version))
			.stale(() -> new Theirs<>(StrategyForm.of(strategies.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), StrategyVersions.STRATEGY, id)))
			.then("redirect:/strategy/strategies/" + id + "?saved");
	}

	@PostMapping("/strategy/strategies/{id}/current")
	String makeCurrent(CurrentUser user, @PathVariable UUID id) {
		StrategyPermissions.requireKeeper(user);
		if (strategies.get(user.organisationId(), id).getStatus() == StrategyStatus.ARCHIVED) {
			// A page opened before the strategy was archived still offers the button.
			return "redirect:/strategy/strategies/" + id + "?archivedCannotBeCurrent";
		}
		strategies.makeCurrent(user, id);
		return "redirect:/strategy?madeCurrent";
	}

	@PostMapping("/strategy/strategies/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id) {
		StrategyPermissions.requireKeeper(user);
		strategies.archive(user, id);
		return "redirect:/strategy/strategies?archived";
	}

	static String editPage(Strategy strategy, StrategyForm form, ApprovalForm approval,
			@Nullable Long version, Model model) {
		model.addAttribute("strategy", strategy);
		model.addAttribute("strategyForm", form);
		model.addAttribute("approvalForm", approval);
		model.addAttribute("version", version);
		return "strategy/strategy-form";
	}

}
