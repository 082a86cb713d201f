package fi.ohjaamo.registers.web;

import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.Contract;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.registers.views.ContractFilter;
import fi.ohjaamo.registers.views.RegisterSearch;
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

/** The contracts: their list with notice deadlines, a contract's page, and the form that keeps them. */
@Controller
class ContractController {

	private final Contracts contracts;

	private final Vendors vendors;

	private final InformationSystems systems;

	private final RegisterSearch search;

	private final EditMerge merges;

	private final Versions versions;

	ContractController(Contracts contracts, Vendors vendors, InformationSystems systems, RegisterSearch search,
			EditMerge merges, Versions versions) {
		this.merges = merges;
		this.versions = versions;
		this.search = search;
		this.contracts = contracts;
		this.vendors = vendors;
		this.systems = systems;
	}

	/** The list, filtered as the URL says; a horizon that cannot be used is told next to its field and left out. */
	@GetMapping("/registers/contracts")
	String list(CurrentUser user, @Valid @ModelAttribute("filter") ContractFilter filter, BindingResult bound,
			Model model) {
		names(user, model);
		BoundForms.onTarget(filter, bound, model);
		var usable = bound.hasFieldErrors("noticeDays") ? filter.withoutNoticeDays() : filter;
		model.addAttribute("contracts", search.contracts(user.organisationId(), usable));
		model.addAttribute("filtered", !usable.equals(ContractFilter.none()));
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		return "registers/contracts";
	}

	@GetMapping("/registers/contracts/{id}")
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		names(user, model);
		model.addAttribute("contract", contracts.get(user.organisationId(), id));
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		return "registers/contract";
	}

	@GetMapping("/registers/contracts/new")
	String create(CurrentUser user, Model model) {
		RegisterAccess.requireKeeper(user);
		return form(user, null, ContractForm.blank(), null, model);
	}

	@PostMapping("/registers/contracts")
	String add(CurrentUser user, @Valid @ModelAttribute("contractForm") ContractForm form, BindingResult bound,
			Model model) {
		RegisterAccess.requireKeeper(user);
		var result = BoundForms.onTarget(form, bound, model);
		if (form.isComplete()) {
			contracts.check(user.organisationId(), form.definition(), result);
		}
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		var contract = contracts.add(user, form.definition());
		return "redirect:/registers/contracts/" + contract.getId() + "?saved";
	}

	@GetMapping("/registers/contracts/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		var contract = contracts.get(user.organisationId(), id);
		var form = ContractForm.of(contract);
		merges.carry(model, form);
		return form(user, contract, form, contract.getVersion(), model);
	}

	@PostMapping("/registers/contracts/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("contractForm") ContractForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		RegisterAccess.requireKeeper(user);
		return merges.begin(merge, "contractForm", posted, ContractForm.class, reading(user), model)
			.showing(bound, form -> form(user, contracts.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> {
				if (form.isComplete()) {
					contracts.check(user.organisationId(), form.definition(), result);
				}
			})
			.saving(ContractForm::version, (form, version) -> contracts.redefine(user, id, form.definition(), version))
			.stale(() -> new Theirs<>(ContractForm.of(contracts.get(user.organisationId(), id)), lastSavedBy(user, id)))
			.then("redirect:/registers/contracts/" + id + "?saved");
	}

	/** Who saved the record last, as its kept versions tell; null when it has none. */
	private @Nullable String lastSavedBy(CurrentUser user, UUID id) {
		try {
			return versions.of(user.organisationId(), new Subject(Contracts.SUBJECT_TYPE, id)).getFirst().authorName();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private FieldReading reading(CurrentUser user) {
		return FieldReading.labelled("registers.contract.")
			.label("vendorId", "registers.contract.vendor")
			.label("systemIds", "registers.contract.systems")
			.names("vendorId", vendors.namesOf(user.organisationId()))
			.names("systemIds", systems.of(user.organisationId())
				.stream()
				.collect(Collectors.toMap(InformationSystem::getId, InformationSystem::getName)));
	}

	private String form(CurrentUser user, @Nullable Contract contract, ContractForm form, @Nullable Long version,
			Model model) {
		names(user, model);
		model.addAttribute("contract", contract);
		model.addAttribute("version", version);
		model.addAttribute("contractForm", form);
		model.addAttribute("vendors", vendors.of(user.organisationId()));
		model.addAttribute("systems", systems.of(user.organisationId()));
		return "registers/contract-form";
	}

	private void names(CurrentUser user, Model model) {
		model.addAttribute("vendorNames", vendors.namesOf(user.organisationId()));
		model.addAttribute("systemNames", systems.of(user.organisationId()).stream()
			.collect(Collectors.toMap(InformationSystem::getId, InformationSystem::getName)));
	}

}
