package fi.ohjaamo.strategy;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Editing a SWOT analysis's title, date and the strategy it was made for. A save based on an outdated view is
 * refused with the other person's values shown and the typed ones kept.
 */
@Controller
class SwotDetailsController {

	private final SwotAnalyses analyses;

	private final Strategies strategies;

	SwotDetailsController(SwotAnalyses analyses, Strategies strategies) {
		this.analyses = analyses;
		this.strategies = strategies;
	}

	@GetMapping("/strategy/swot/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		requireManager(user);
		var analysis = analyses.get(user.organisationId(), id);
		return page(user, analysis, SwotAnalysisForm.of(analysis), analysis.getVersion(), model);
	}

	@PostMapping("/strategy/swot/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("swotForm") SwotAnalysisForm form,
			BindingResult result, Model model) {
		requireManager(user);
		var analysis = analyses.get(user.organisationId(), id);
		if (form.strategyId() != null
				&& strategies.of(user.organisationId()).stream().noneMatch(s -> s.getId().equals(form.strategyId()))) {
			result.rejectValue("strategyId", "history.swot.strategy.unknown");
		}
		if (result.hasErrors() || form.version() == null) {
			return page(user, analysis, form, form.version(), model);
		}
		try {
			analyses.describe(user.organisationId(), id, form.title(), form.analysedOn(), form.strategyId(),
					form.version());
		}
		catch (SwotAnalysisChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = analyses.get(user.organisationId(), id);
			result.reject("history.swot.changedMeanwhile");
			model.addAttribute("current", current);
			// Saving again from here is a deliberate choice over the other person's values, so it is based on theirs.
			return page(user, current, form, current.getVersion(), model);
		}
		return "redirect:/strategy/swot/" + id + "?saved";
	}

	private String page(CurrentUser user, SwotAnalysis analysis, SwotAnalysisForm form, @Nullable Long version,
			Model model) {
		UUID currentStrategy = analysis.getStrategyId();
		model.addAttribute("analysis", analysis);
		model.addAttribute("swotForm", form);
		model.addAttribute("version", version);
		model.addAttribute("strategies", strategies.of(user.organisationId()));
		model.addAttribute("analysisStrategy",
				currentStrategy == null ? null : strategies.get(user.organisationId(), currentStrategy).getName());
		return "strategy/swot-analysis-form";
	}

	private static void requireManager(CurrentUser user) {
		if (!user.ownsPortfolio()) {
			throw new AccessDeniedException("only IT management manages the SWOT analyses");
		}
	}

}
