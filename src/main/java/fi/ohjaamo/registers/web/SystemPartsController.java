package fi.ohjaamo.registers.web;

import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.ProjectAlreadyLinkedException;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.RegisterChangedMeanwhileException;
import fi.ohjaamo.shared.web.BoundForms;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * refused form shows the page again with the typed values and the errors next to their fields. The integration,
 * cost and assessment forms send the system's version the person saw: when someone saved the system meanwhile, the
 * page shows the system as it now is, with what was typed still on the form.
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
	String integrate(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@Valid @ModelAttribute("integrationForm") PartForms.IntegrationForm form, BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		if (form.targetSystemId() != null) {
			systems.checkIntegration(user.organisationId(), id, form.targetSystemId(), result);
		}
		return write(user, id, version, form, "integrationForm", result, model, "integrations",
				seen -> systems.integrate(user, id, form.integration(), seen));
	}

	@PostMapping("/integrations/remove")
	String removeIntegration(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID target,
			@RequestParam(required = false) @Nullable Long version) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		if (target != null) {
			try {
				systems.removeIntegration(user, id, target, version == null ? -1 : version);
			}
			catch (RegisterChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
				// Nothing was typed: the page shows what the other person saved, to decide again from.
				return "redirect:/registers/systems/" + id + "?changed#integrations";
			}
		}
		return "redirect:/registers/systems/" + id + "?saved#integrations";
	}

	@PostMapping("/costs")
	String cost(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@Valid @ModelAttribute("costForm") PartForms.CostForm form, BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		return write(user, id, version, form, "costForm", result, model, "costs",
				seen -> systems.cost(user, id, form.cost(), seen));
	}

	@PostMapping("/assessments")
	String assess(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@Valid @ModelAttribute("assessmentForm") PartForms.AssessmentForm form, BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		return write(user, id, version, form, "assessmentForm", result, model, "lifecycle",
				seen -> systems.assess(user, id, form.assessment(), seen));
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
		var projectId = Objects.requireNonNull(form.projectId());
		try {
			links.link(user, id, projectId, Objects.requireNonNull(form.relation()));
		}
		catch (ProjectAlreadyLinkedException | DataIntegrityViolationException ex) {
			// Someone linked it first, perhaps a moment ago: say how, rather than change their choice.
			links.ofSystem(user.organisationId(), id).stream()
				.filter(p -> p.projectId().equals(projectId))
				.findFirst()
				.ifPresent(p -> result.rejectValue("projectId", "registers.link.projectId.linked",
						new Object[] { new DefaultMessageSourceResolvable("registers.relation." + p.relation()) },
						null));
			model.addAttribute("linkForm", form);
			return page.show(user, id, model);
		}
		return "redirect:/registers/systems/" + id + "?saved#projects";
	}

	@PostMapping("/projects/remove")
	String unlink(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID project) {
		RegisterAccess.requireKeeper(user);
		systems.get(user.organisationId(), id);
		if (project != null) {
			links.unlink(user, id, project);
		}
		return "redirect:/registers/systems/" + id + "?saved#projects";
	}

	/** A part write seen at a version of the system. */
	private interface PartWrite {
		void at(long seenVersion);
	}

	private String write(CurrentUser user, UUID id, @Nullable Long version, Object form, String formName,
			BindingResult result, Model model, String section, PartWrite write) {
		if (result.hasErrors()) {
			model.addAttribute(formName, form);
			if (version != null) {
				model.addAttribute("partVersion", version);
			}
			return page.show(user, id, model);
		}
		try {
			write.at(version == null ? -1 : version);
		}
		catch (RegisterChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			result.reject("registers.changedMeanwhile");
			model.addAttribute(formName, form);
			// The page shows the system as it now is, and saving again from it is based on that version.
			return page.show(user, id, model);
		}
		return "redirect:/registers/systems/" + id + "?saved#" + section;
	}

}
