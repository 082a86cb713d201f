package fi.ohjaamo.registers.web;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.shared.web.BoundForms;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms on a system's page: integrations, a year's costs, an assessment and the projects that change it. A
 * refused form shows the page again with the typed values and the errors next to their fields.
 */
@Controller
@RequestMapping("/registers/systems/{id}")
class SystemPartsController {

	private final InformationSystems systems;

	private final ProjectLinks links;

	private final SystemPage page;

	SystemPartsController(InformationSystems systems, ProjectLinks links, SystemPage page) {
		this.systems = systems;
		this.links = links;
		this.page = page;
	}

	@PostMapping("/integrations")
	String integrate(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("integrationForm") PartForms.IntegrationForm form, BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		if (form.targetSystemId() != null && (form.targetSystemId().equals(id)
				|| systems.of(user.organisationId()).stream().noneMatch(s -> s.getId().equals(form.targetSystemId())))) {
			result.rejectValue("targetSystemId", "registers.integration.targetSystemId.unknown");
		}
		if (result.hasErrors()) {
			model.addAttribute("integrationForm", form);
			return page.show(user, id, model);
		}
		systems.integrate(user.organisationId(), id, form.integration());
		return "redirect:/registers/systems/" + id + "?saved#integrations";
	}

	@PostMapping("/integrations/remove")
	String removeIntegration(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID target) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		if (target != null) {
			systems.removeIntegration(user.organisationId(), id, target);
		}
		return "redirect:/registers/systems/" + id + "?saved#integrations";
	}

	@PostMapping("/costs")
	String cost(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("costForm") PartForms.CostForm form,
			BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		if (BoundForms.onTarget(form, bound, model).hasErrors()) {
			model.addAttribute("costForm", form);
			return page.show(user, id, model);
		}
		systems.cost(user.organisationId(), id, form.cost());
		return "redirect:/registers/systems/" + id + "?saved#costs";
	}

	@PostMapping("/assessments")
	String assess(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("assessmentForm") PartForms.AssessmentForm form, BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		if (BoundForms.onTarget(form, bound, model).hasErrors()) {
			model.addAttribute("assessmentForm", form);
			return page.show(user, id, model);
		}
		systems.assess(user.organisationId(), id, form.assessment());
		return "redirect:/registers/systems/" + id + "?saved#lifecycle";
	}

	@PostMapping("/projects")
	String link(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("linkForm") PartForms.LinkForm form,
			BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		if (form.projectId() != null
				&& links.choices(user.organisationId()).stream().noneMatch(p -> p.projectId().equals(form.projectId()))) {
			result.rejectValue("projectId", "registers.link.projectId.unknown");
		}
		if (result.hasErrors()) {
			model.addAttribute("linkForm", form);
			return page.show(user, id, model);
		}
		links.link(user.organisationId(), id, java.util.Objects.requireNonNull(form.projectId()),
				java.util.Objects.requireNonNull(form.relation()));
		return "redirect:/registers/systems/" + id + "?saved#projects";
	}

	@PostMapping("/projects/remove")
	String unlink(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID project) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		if (project != null) {
			links.unlink(user.organisationId(), id, project);
		}
		return "redirect:/registers/systems/" + id + "?saved#projects";
	}

}
