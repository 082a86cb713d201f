package fi.ohjaamo.registers.web;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.RegisterChangedMeanwhileException;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.shared.web.BoundForms;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adding and editing a system. A stale save shows the other person's values and keeps what was typed. */
@Controller
class SystemFormController {

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Organisations organisations;

	SystemFormController(InformationSystems systems, Vendors vendors, Organisations organisations) {
		this.systems = systems;
		this.vendors = vendors;
		this.organisations = organisations;
	}

	@GetMapping("/registers/systems/new")
	String create(CurrentUser user, Model model) {
		RegisterAccess.requireKeeper(user);
		return form(user, null, SystemForm.blank(), null, model);
	}

	@PostMapping("/registers/systems")
	String add(CurrentUser user, @Valid @ModelAttribute("systemForm") SystemForm form, BindingResult bound,
			Model model) {
		RegisterAccess.requireKeeper(user);
		var result = BoundForms.onTarget(form, bound, model);
		systems.check(user.organisationId(), null, form.definition(), result);
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		var system = systems.add(user.organisationId(), form.definition());
		return "redirect:/registers/systems/" + system.getId() + "?saved";
	}

	@GetMapping("/registers/systems/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		var system = systems.get(user.organisationId(), id);
		return form(user, system, SystemForm.of(system), system.getVersion(), model);
	}

	@PostMapping("/registers/systems/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("systemForm") SystemForm form,
			BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		var system = systems.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		systems.check(user.organisationId(), id, form.definition(), result);
		if (result.hasErrors() || form.version() == null) {
			return form(user, system, form, form.version(), model);
		}
		try {
			systems.redefine(user.organisationId(), id, form.definition(), form.version());
		}
		catch (RegisterChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = systems.get(user.organisationId(), id);
			result.reject("registers.changedMeanwhile");
			model.addAttribute("current", current);
			// Saving again from here is a deliberate choice over the other person's values, so it is based on theirs.
			return form(user, current, form, current.getVersion(), model);
		}
		return "redirect:/registers/systems/" + id + "?saved";
	}

	private String form(CurrentUser user, @Nullable InformationSystem system, SystemForm form, @Nullable Long version,
			Model model) {
		var units = organisations.unitsOf(user.organisationId());
		model.addAttribute("system", system);
		model.addAttribute("version", version);
		model.addAttribute("systemForm", form);
		model.addAttribute("serviceAreas", units.serviceAreas());
		model.addAttribute("allUnits", units.all());
		model.addAttribute("unitNames", units.names());
		model.addAttribute("vendors", vendors.of(user.organisationId()));
		model.addAttribute("vendorNames", vendors.namesOf(user.organisationId()));
		model.addAttribute("people", organisations.peopleOf(user.organisationId()));
		model.addAttribute("personNames", organisations.peopleOf(user.organisationId()).stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.displayName())));
		model.addAttribute("criticalities", Criticality.values());
		model.addAttribute("hostings", Hosting.values());
		model.addAttribute("phases", Phase.values());
		return "registers/system-form";
	}

}
