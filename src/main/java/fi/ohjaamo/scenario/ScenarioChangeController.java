package fi.ohjaamo.scenario;

import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.web.FormBinding;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Projects;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing a draft scenario one project at a time: take out, take in, shift, or undo a change. A problem is shown
 * next to its field on the scenario page with what was typed; a save based on an outdated scenario shows the
 * scenario as it is now and keeps the typed change to send again.
 */
@Controller
class ScenarioChangeController {

	private final Scenarios scenarios;

	private final Projects projects;

	private final ScenarioPages pages;

	private final FormBinding binding;

	ScenarioChangeController(Scenarios scenarios, Projects projects, ScenarioPages pages, FormBinding binding) {
		this.scenarios = scenarios;
		this.projects = projects;
		this.pages = pages;
		this.binding = binding;
	}

	@PostMapping("/projects/scenarios/{id}/changes")
	String change(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("changeForm") ChangeForm form,
			BindingResult bound, Model model) {
		Scenarios.requirePlanner(user);
		var scenario = scenarios.get(user.organisationId(), id);
		var result = binding.onForm(form, bound, model);
		check(user, form, result);
		if (result.hasErrors() || form.version() == null) {
			return pages.scenario(user, scenario, form, model);
		}
		try {
			scenarios.change(user, id, form.request(), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = scenarios.get(user.organisationId(), id);
			var typed = form.on(current.getVersion());
			String view = pages.scenario(user, current, typed, model);
			// The typed change is shown again on the current version, with the conflict's message on it.
			var rebuilt = new BeanPropertyBindingResult(typed, "changeForm");
			rebuilt.reject("scenario.changedMeanwhile");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "changeForm", rebuilt);
			return view;
		}
		catch (ScenarioClosedException ex) {
			return "redirect:/projects/scenarios/" + id;
		}
		return "redirect:/projects/scenarios/" + id + "?changed#changes";
	}

	@PostMapping("/projects/scenarios/{id}/changes/undo")
	String undo(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID projectId, @RequestParam(required = false) @Nullable Long version) {
		Scenarios.requirePlanner(user);
		scenarios.get(user.organisationId(), id);
		if (projectId == null || version == null) {
			return "redirect:/projects/scenarios/" + id;
		}
		try {
			scenarios.undo(user, id, projectId, version);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/projects/scenarios/" + id + "?stale#changes";
		}
		catch (ScenarioClosedException ex) {
			return "redirect:/projects/scenarios/" + id;
		}
		return "redirect:/projects/scenarios/" + id + "?undone#changes";
	}

	/** The project must exist in the organisation and its status allow the change; the schedule must be readable. */
	private void check(CurrentUser user, ChangeForm form, BindingResult result) {
		if (form.projectId() != null && form.kind() != null && !result.hasFieldErrors("projectId")) {
			var project = projects.get(user.organisationId(), form.projectId());
			String problem = ScenarioRules.statusProblem(form.kind(), project.getStatus());
			if (problem != null) {
				result.rejectValue("kind", problem);
			}
		}
		if (form.kind() != null) {
			ScenarioRules.scheduleProblems(form.kind(), form.newStart(), form.newEnd()).stream()
				.filter(p -> !result.hasFieldErrors(p.field()))
				.forEach(p -> result.rejectValue(p.field(), p.code()));
		}
	}

}
