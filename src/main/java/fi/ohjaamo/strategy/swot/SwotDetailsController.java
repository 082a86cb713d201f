package fi.ohjaamo.strategy.swot;

import java.util.HashMap;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.SwotAnalyses;
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
 * Editing a SWOT analysis's title, date and the strategy it was made for. A save based on an outdated view is
 * merged with the other person's save.
 */
@Controller
class SwotDetailsController {

	private final SwotAnalyses analyses;

	private final Strategies strategies;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	SwotDetailsController(SwotAnalyses analyses, Strategies strategies, EditMerge merges, LastSaver lastSaver) {
		this.analyses = analyses;
		this.strategies = strategies;
		this.merges = merges;
		this.lastSaver = lastSaver;
	}

	@GetMapping("/strategy/swot/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var analysis = analyses.get(user.organisationId(), id);
		var form = SwotAnalysisForm.of(analysis);
		merges.carry(model, form);
		return page(user, analysis, form, analysis.getVersion(), model);
	}

	@PostMapping("/strategy/swot/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("swotForm") SwotAnalysisForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		return merges.begin(merge, "swotForm", posted, SwotAnalysisForm.class, reading(user), model)
			.showing(bound, form -> page(user, analyses.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> analyses.check(user.organisationId(), form.strategyId(), result))
			.saving(SwotAnalysisForm::version, (form, version) -> analyses.describe(user, id, form.title(),
					form.analysedOn(), form.strategyId(), version))
			.stale(() -> new Theirs<>(SwotAnalysisForm.of(analyses.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), StrategyVersions.SWOT_ANALYSIS, id)))
			.then("redirect:/strategy/swot/" + id + "?saved");
	}

	/** The analysis's fields as the form names them; its strategy by name. */
	private FieldReading reading(CurrentUser user) {
		var names = new HashMap<UUID, String>();
		strategies.of(user.organisationId()).forEach(s -> names.put(s.getId(), s.getName()));
		return FieldReading.labelled("strategy.swot.")
			.label("title", "strategy.swot.analysisTitle")
			.label("strategyId", "history.swot.strategy")
			.names("strategyId", names)
			.whenEmpty("strategyId", "history.swot.wholeOrganisation");
	}

	private String page(CurrentUser user, SwotAnalysis analysis, SwotAnalysisForm form, @Nullable Long version,
			Model model) {
		model.addAttribute("analysis", analysis);
		model.addAttribute("swotForm", form);
		model.addAttribute("version", version);
		model.addAttribute("strategies", strategies.of(user.organisationId()));
		return "strategy/swot-analysis-form";
	}

}
