package fi.ohjaamo.registers.web;

import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
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
 * Adding and editing a system. A stale save is never written: it is merged three ways with the other person's save
 * ({@link EditMerge}) and shown again for the person to check and save.
 */
@Controller
class SystemFormController {

	private final InformationSystems systems;

	private final Vendors vendors;

	private static final String FORM = "systemForm";

	private final Organisations organisations;

	private final EditMerge merges;

	private final Versions versions;

	SystemFormController(InformationSystems systems, Vendors vendors, Organisations organisations, EditMerge merges,
			Versions versions) {
		this.versions = versions;
		this.systems = systems;
		this.vendors = vendors;
		this.organisations = organisations;
		this.merges = merges;
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
		var system = systems.add(user, form.definition());
		return "redirect:/registers/systems/" + system.getId() + "?saved";
	}

	@GetMapping("/registers/systems/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		var system = systems.get(user.organisationId(), id);
		var form = SystemForm.of(system);
		merges.carry(model, form);
		return form(user, system, form, system.getVersion(), model);
	}

	@PostMapping("/registers/systems/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("systemForm") SystemForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		RegisterAccess.requireKeeper(user);
		return merges.begin(merge, FORM, posted, SystemForm.class, reading(user), model)
			.showing(bound, form -> form(user, systems.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> systems.check(user.organisationId(), id, form.definition(), result))
			.saving(SystemForm::version, (form, version) -> systems.redefine(user, id, form.definition(), version))
			.stale(() -> new Theirs<>(SystemForm.of(systems.get(user.organisationId(), id)), lastSavedBy(user, id)))
			.then("redirect:/registers/systems/" + id + "?saved");
	}

	/** Who saved the record last, as its kept versions tell; null when it has none. */
	private @Nullable String lastSavedBy(CurrentUser user, UUID id) {
		try {
			return versions.of(user.organisationId(), new Subject(InformationSystems.SUBJECT_TYPE, id)).getFirst().authorName();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	/** Names the system's fields as the form does, its ids as names and its choices in words. */
	private FieldReading reading(CurrentUser user) {
		var units = organisations.unitsOf(user.organisationId());
		return FieldReading.labelled("registers.system.")
			.label("mainUser", "registers.system.mainUserOutside")
			.label("mainUserPersonId", "registers.system.mainUserPerson")
			.names("serviceAreaId", units.names())
			.names("ownerUnitId", units.names())
			.names("vendorId", vendors.namesOf(user.organisationId()))
			.names("mainUserPersonId", organisations.peopleOf(user.organisationId())
				.stream()
				.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.displayName())))
			.enums(value -> switch (value) {
				case Criticality c -> "registers.criticality." + c;
				case Hosting h -> "registers.hosting." + h;
				case Answer a -> "registers.answer." + a;
				case Phase p -> "registers.phase." + p;
				default -> null;
			});
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
		model.addAttribute("answers", Answer.values());
		model.addAttribute("phases", Phase.values());
		return "registers/system-form";
	}

}
