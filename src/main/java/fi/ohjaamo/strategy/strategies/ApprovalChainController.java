package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A strategy's approval chain: IT management records each decision as it happens (the board's, then the council's),
 * and corrects or removes one recorded by mistake. A decision is named by its place in the chain, counted from 0 as a plan's chapters are.
 * A correction or removal on a stale page is refused and the page shown again with what the person typed.
 */
@Controller
class ApprovalChainController {

	private final Strategies strategies;

	ApprovalChainController(Strategies strategies) {
		this.strategies = strategies;
	}

	@PostMapping("/strategy/strategies/{id}/approval")
	String record(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult bound, Model model) {
		StrategyPermissions.requireKeeper(user);
		var strategy = strategies.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		form.check(result);
		if (result.hasErrors()) {
			return StrategyController.editPage(strategy, StrategyForm.of(strategy), form, strategy.getVersion(), model);
		}
		boolean first = strategy.getApproval() == null;
		strategies.approve(user, id, form.approval());
		return "redirect:/strategy/strategies/" + id + (first ? "?approved" : "?decisionRecorded");
	}

	@GetMapping("/strategy/strategies/{id}/approvals/edit")
	String edit(CurrentUser user, @PathVariable UUID id, @RequestParam int n, Model model) {
		StrategyPermissions.requireKeeper(user);
		var strategy = strategies.get(user.organisationId(), id);
		return form(strategy, n, ApprovalForm.of(Strategies.decisionAt(strategy, n), strategy.getVersion()),
				model);
	}

	@PostMapping("/strategy/strategies/{id}/approvals")
	String correct(CurrentUser user, @PathVariable UUID id, @RequestParam int n,
			@Valid @ModelAttribute("approvalForm") ApprovalForm form, BindingResult bound, Model model) {
		StrategyPermissions.requireKeeper(user);
		var strategy = strategies.get(user.organisationId(), id);
		Strategies.decisionAt(strategy, n);
		var result = BoundForms.onTarget(form, bound, model);
		form.check(result);
		if (result.hasErrors() || form.version() == null) {
			return form(strategy, n, form, model);
		}
		try {
			strategies.correctDecision(user, id, n, form.approval(), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			// Someone saved the strategy meanwhile: nothing was written; what the person typed is shown again.
			var current = strategies.get(user.organisationId(), id);
			var again = form.at(current.getVersion());
			String view = form(current, n, again, model);
			var errors = new BeanPropertyBindingResult(again, "approvalForm");
			errors.reject("strategy.approval.changedMeanwhile");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "approvalForm", errors);
			return view;
		}
		return "redirect:/strategy/strategies/" + id + "?decisionCorrected";
	}

	@GetMapping("/strategy/strategies/{id}/approvals/remove")
	String confirmRemoval(CurrentUser user, @PathVariable UUID id, @RequestParam int n, Model model) {
		StrategyPermissions.requireKeeper(user);
		var strategy = strategies.get(user.organisationId(), id);
		model.addAttribute("strategy", strategy);
		model.addAttribute("decision", Strategies.decisionAt(strategy, n));
		model.addAttribute("n", n);
		return "strategy/confirm-remove-decision";
	}

	@PostMapping("/strategy/strategies/{id}/approvals/remove")
	String remove(CurrentUser user, @PathVariable UUID id, @RequestParam int n, @RequestParam long version) {
		StrategyPermissions.requireKeeper(user);
		var strategy = strategies.get(user.organisationId(), id);
		Strategies.decisionAt(strategy, n);
		if (strategy.getApprovals().size() == 1) {
			return "redirect:/strategy/strategies/" + id + "?lastDecisionStays";
		}
		try {
			strategies.removeDecision(user, id, n, version);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/strategy/strategies/" + id + "?staleDecision";
		}
		return "redirect:/strategy/strategies/" + id + "?decisionRemoved";
	}

	private static String form(Strategy strategy, int n, ApprovalForm form, Model model) {
		model.addAttribute("strategy", strategy);
		model.addAttribute("n", n);
		model.addAttribute("approvalForm", form);
		return "strategy/decision-form";
	}

}
