package fi.ohjaamo.scenario;

import fi.ohjaamo.shared.web.FormBinding;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The organisation's scenarios, which everyone reads; IT management makes them and keeps their names. */
@Controller
class ScenarioController {

	private final Scenarios scenarios;

	private final ScenarioPages pages;

	private final FormBinding binding;

	ScenarioController(Scenarios scenarios, ScenarioPages pages, FormBinding binding) {
		this.scenarios = scenarios;
		this.pages = pages;
		this.binding = binding;
	}

	@GetMapping("/projects/scenarios")
	String list(CurrentUser user, Model model) {
		model.addAttribute("scenarios", scenarios.of(user.organisationId()));
		model.addAttribute("mayPlan", Scenarios.mayPlan(user));
		return "scenario/scenarios";
	}

	@GetMapping("/projects/scenarios/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		var scenario = scenarios.get(user.organisationId(), id);
		return pages.scenario(user, scenario, ChangeForm.blank(scenario), model);
	}

	@GetMapping("/projects/scenarios/new")
	String create(CurrentUser user, Model model) {
		Scenarios.requirePlanner(user);
		return form(null, ScenarioForm.blank(), model);
	}

	@PostMapping("/projects/scenarios")
	String add(CurrentUser user, @Valid @ModelAttribute("scenarioForm") ScenarioForm form, BindingResult bound,
			Model model) {
		Scenarios.requirePlanner(user);
		if (binding.onForm(form, bound, model).hasErrors()) {
			return form(null, form, model);
		}
		var scenario = scenarios.create(user, form.name(), form.description());
		return "redirect:/projects/scenarios/" + scenario.getId() + "?created";
	}

	@GetMapping("/projects/scenarios/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		Scenarios.requirePlanner(user);
		var scenario = scenarios.get(user.organisationId(), id);
		if (!scenario.isDraft()) {
			return "redirect:/projects/scenarios/" + id;
		}
		return form(scenario, ScenarioForm.of(scenario), model);
	}

	@PostMapping("/projects/scenarios/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("scenarioForm") ScenarioForm form,
			BindingResult bound, Model model) {
		Scenarios.requirePlanner(user);
		var scenario = scenarios.get(user.organisationId(), id);
		var result = binding.onForm(form, bound, model);
		if (result.hasErrors() || form.version() == null) {
			return form(scenario, form, model);
		}
		try {
			scenarios.describe(user, id, form.name(), form.description(), form.version());
		}
		catch (ScenarioChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = scenarios.get(user.organisationId(), id);
			model.addAttribute("current", current);
			// Saving again from here is a deliberate choice over the other person's values, so it is based on theirs.
			var typed = new ScenarioForm(form.name(), form.description(), current.getVersion());
			String view = form(current, typed, model);
			var rebuilt = new BeanPropertyBindingResult(typed, "scenarioForm");
			rebuilt.reject("scenario.changedMeanwhile");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "scenarioForm", rebuilt);
			return view;
		}
		catch (ScenarioClosedException ex) {
			return "redirect:/projects/scenarios/" + id;
		}
		return "redirect:/projects/scenarios/" + id + "?saved";
	}

	private String form(@Nullable Scenario scenario, ScenarioForm form, Model model) {
		model.addAttribute("scenario", scenario);
		model.addAttribute("scenarioForm", form);
		return "scenario/scenario-form";
	}

}
