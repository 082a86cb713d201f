package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.prioritisation.PrioritisationPermissions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An application's page: what was applied for and why, its scores with their history, its place in the selection
 * and, once decided, its result; for IT management the scoring form and the override of the selection, an override
 * made on an outdated view merged with the other person's.
 */
@Controller
class FundingApplicationPageController {

	private final FundingCalls calls;

	private final FundingScores scores;

	private final FundingDecisions decisions;

	private final FundingProjects projects;

	private final Organisations organisations;

	private final FormBinding binding;

	private final EditMerge merges;

	FundingApplicationPageController(FundingCalls calls, FundingScores scores, FundingDecisions decisions,
			FundingProjects projects, Organisations organisations, FormBinding binding, EditMerge merges) {
		this.merges = merges;
		this.calls = calls;
		this.scores = scores;
		this.decisions = decisions;
		this.projects = projects;
		this.organisations = organisations;
		this.binding = binding;
	}

	@GetMapping("/funding-calls/{id}/applications/{applicationId}")
	String show(CurrentUser user, @PathVariable UUID id, @PathVariable UUID applicationId, Model model) {
		var application = calls.application(user.organisationId(), id, applicationId);
		var sheet = scores.sheet(user.organisationId(), id, applicationId);
		var own = sheet.evaluators().stream().filter(e -> e.id().equals(user.personId())).findFirst()
			.map(FundingScoreSheet.Evaluator::latest).orElse(Map.of());
		var override = OverrideForm.of(application);
		merges.carry(model, override);
		return page(user, application, sheet, FundingScoreForm.of(sheet.criteria(), own), override, model);
	}

	@PostMapping("/funding-calls/{id}/applications/{applicationId}/scores")
	String score(CurrentUser user, @PathVariable UUID id, @PathVariable UUID applicationId,
			@Valid @ModelAttribute("scoreForm") FundingScoreForm form, BindingResult bound, Model model) {
		var application = calls.application(user.organisationId(), id, applicationId);
		requireScorer(user, calls.get(user.organisationId(), id));
		var sheet = scores.sheet(user.organisationId(), id, applicationId);
		var result = binding.onForm(form, bound, model);
		for (int i = 0; i < form.levels().size(); i++) {
			var row = form.levels().get(i);
			var criterion = sheet.criteria().stream().filter(w -> w.criterion().getId().equals(row.criterionId()))
				.findFirst();
			if (criterion.isEmpty()) {
				result.reject("prioritisation.scores.criteriaChanged");
			}
			else if (row.level() != null && !criterion.get().criterion().hasLevel(row.level())) {
				result.rejectValue("levels[" + i + "].level", "prioritisation.scores.notOnScale");
			}
		}
		if (form.levels().size() != sheet.criteria().size()) {
			result.reject("prioritisation.scores.criteriaChanged");
		}
		if (result.hasErrors()) {
			var override = OverrideForm.of(application);
			merges.carry(model, override);
			return page(user, application, sheet, form, override, model);
		}
		scores.score(user, id, applicationId, form.byCriterion(), form.reason());
		return "redirect:/funding-calls/" + id + "/applications/" + applicationId + "?scored";
	}

	@PostMapping("/funding-calls/{id}/applications/{applicationId}/override")
	String override(CurrentUser user, @PathVariable UUID id, @PathVariable UUID applicationId,
			@Valid @ModelAttribute("overrideForm") OverrideForm posted, BindingResult bound, MergeInput merge,
			Model model) {
		calls.application(user.organisationId(), id, applicationId); // an unknown application is not found first
		requireScorer(user, calls.get(user.organisationId(), id));
		var sheet = scores.sheet(user.organisationId(), id, applicationId);
		var blankScores = FundingScoreForm.of(sheet.criteria(), Map.of());
		return merges.begin(merge, "overrideForm", posted, OverrideForm.class, overrideReading(), model)
			.showing(bound, form -> page(user, calls.application(user.organisationId(), id, applicationId), sheet,
					blankScores, form, model))
			.checking((form, result) -> FundingDecisions.checkOverride(form.choice(), form.explanation(), result))
			.saving(form -> decisions.override(user, id, applicationId, form.choice(), form.explanation(),
					form.version() == null ? -1 : form.version()))
			.stale(() -> new Theirs<>(OverrideForm.of(calls.application(user.organisationId(), id, applicationId))))
			.then("redirect:/funding-calls/" + id + "/applications/" + applicationId + "?overridden");
	}

	/** The override's fields as the form names them; no choice is the ranking's. */
	private static FieldReading overrideReading() {
		return FieldReading.labelled("prioritisation.fundingApplication.override.")
			.label("explanation", "prioritisation.fundingApplication.override.reason")
			.whenEmpty("choice", "prioritisation.fundingApplication.override.NONE")
			.enums(choice -> "prioritisation.fundingApplication.override." + choice.name());
	}

	private static void requireScorer(CurrentUser user, FundingCall call) {
		PrioritisationPermissions.require(PrioritisationPermissions.mayRunFundingCalls(user),
				"only IT management scores applications");
		if (!call.isScorable()) {
			throw new FundingCallClosedException();
		}
	}

	private String page(CurrentUser user, FundingApplication application, FundingScoreSheet sheet,
			FundingScoreForm scoreForm, OverrideForm overrideForm, Model model) {
		var call = calls.get(user.organisationId(), application.getCallId());
		var project = projects.named(user.organisationId(), List.of(application.getProjectId()))
			.get(application.getProjectId());
		model.addAttribute("call", call);
		model.addAttribute("fundingApplication", application);
		model.addAttribute("project", project);
		model.addAttribute("line", decisions.selection(call).lineOf(application.getId()));
		model.addAttribute("sheet", sheet);
		model.addAttribute("scoreForm", scoreForm);
		model.addAttribute("overrideForm", overrideForm);
		model.addAttribute("units", organisations.unitsOf(user.organisationId()));
		model.addAttribute("applicant", organisations.person(application.getApplicantId()).map(p -> p.displayName()).orElse("?"));
		model.addAttribute("mayScore", PrioritisationPermissions.mayRunFundingCalls(user) && call.isScorable() && !sheet.criteria().isEmpty());
		model.addAttribute("overrides", SelectionOverride.values());
		return "prioritisation/funding-application";
	}

}
