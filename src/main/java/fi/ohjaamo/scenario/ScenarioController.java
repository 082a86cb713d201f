package fi.ohjaamo.scenario;

import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	private final EditMerge merges;

	ScenarioController(Scenarios scenarios, ScenarioPages pages, FormBinding binding, EditMerge merges) {
		this.merges = merges;
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
		var form = ScenarioForm.of(scenario);
		merges.carry(model, form);
		return form(scenario, form, model);
	}

	@PostMapping("/projects/scenarios/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("scenarioForm") ScenarioForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		Scenarios.requirePlanner(user);
		try {
			// The scenario's version also moves with its project changes, which this form does not hold.
			return merges.begin(merge, "scenarioForm", posted, ScenarioForm.class, FieldReading.labelled("scenario."),
					model)
				.showing(bound, form -> form(scenarios.get(user.organisationId(), id), form, model))
				.saving(ScenarioForm::version,
						(form, version) -> scenarios.describe(user, id, form.name(), form.description(), version))
				.stale(() -> new Theirs<>(ScenarioForm.of(scenarios.get(user.organisationId(), id))))
				.then("redirect:/projects/scenarios/" + id + "?saved");
		}
		catch (ScenarioClosedException ex) {
			// Adopted or discarded meanwhile: there is nothing left to edit.
			return "redirect:/projects/scenarios/" + id;
		}
	}

	private String form(@Nullable Scenario scenario, ScenarioForm form, Model model) {
		model.addAttribute("scenario", scenario);
		model.addAttribute("scenarioForm", form);
		return "scenario/scenario-form";
	}

}
