package fi.ohjaamo.registers.web;

import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.VendorNameTakenException;
import fi.ohjaamo.registers.Vendors;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The vendors: their list, a vendor with its systems and contracts, and the form that keeps them. */
@Controller
class VendorController {

	private final Vendors vendors;

	private final InformationSystems systems;

	private final Contracts contracts;

	private final RegisterSearch search;

	private final EditMerge merges;

	private final Versions versions;

	VendorController(Vendors vendors, InformationSystems systems, Contracts contracts, RegisterSearch search,
			EditMerge merges, Versions versions) {
		this.merges = merges;
		this.versions = versions;
		this.search = search;
		this.vendors = vendors;
		this.systems = systems;
		this.contracts = contracts;
	}

	@GetMapping("/registers/vendors")
	String list(CurrentUser user, @RequestParam(name = "q", defaultValue = "") String q, Model model) {
		model.addAttribute("q", q.strip());
		model.addAttribute("vendors", search.vendors(user.organisationId(), q));
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		return "registers/vendors";
	}

	@GetMapping("/registers/vendors/{id}")
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		var org = user.organisationId();
		var vendor = vendors.get(org, id);
		model.addAttribute("vendor", vendor);
		model.addAttribute("systems", systems.of(org).stream().filter(s -> id.equals(s.getVendorId())).toList());
		model.addAttribute("contracts", contracts.of(org).stream().filter(c -> c.getVendorId().equals(id)).toList());
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		return "registers/vendor";
	}

	@GetMapping("/registers/vendors/new")
	String create(CurrentUser user, Model model) {
		RegisterAccess.requireKeeper(user);
		return form(null, VendorForm.blank(), null, model);
	}

	@PostMapping("/registers/vendors")
	String add(CurrentUser user, @Valid @ModelAttribute("vendorForm") VendorForm form, BindingResult bound, Model model) {
		RegisterAccess.requireKeeper(user);
		var result = BoundForms.onTarget(form, bound, model);
		vendors.check(user.organisationId(), null, form.definition(), result);
		if (result.hasErrors()) {
			return form(null, form, null, model);
		}
		try {
			var vendor = vendors.add(user, form.definition());
			return "redirect:/registers/vendors/" + vendor.getId() + "?saved";
		}
		catch (VendorNameTakenException ex) {
			result.rejectValue("name", "registers.vendor.name.taken");
			return form(null, form, null, model);
		}
	}

	@GetMapping("/registers/vendors/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		var vendor = vendors.get(user.organisationId(), id);
		var form = VendorForm.of(vendor);
		merges.carry(model, form);
		return form(vendor, form, vendor.getVersion(), model);
	}

	@PostMapping("/registers/vendors/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("vendorForm") VendorForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		RegisterAccess.requireKeeper(user);
		return merges.begin(merge, "vendorForm", posted, VendorForm.class, FieldReading.labelled("registers.vendor."),
				model)
			.showing(bound, form -> form(vendors.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> vendors.check(user.organisationId(), id, form.definition(), result))
			.saving(VendorForm::version, (form, version) -> vendors.redefine(user, id, form.definition(), version))
			.refusing(VendorNameTakenException.class, "name", "registers.vendor.name.taken")
			.stale(() -> new Theirs<>(VendorForm.of(vendors.get(user.organisationId(), id)), lastSavedBy(user, id)))
			.then("redirect:/registers/vendors/" + id + "?saved");
	}

	/** Who saved the record last, as its kept versions tell; null when it has none. */
	private @Nullable String lastSavedBy(CurrentUser user, UUID id) {
		try {
			return versions.of(user.organisationId(), new Subject(Vendors.SUBJECT_TYPE, id)).getFirst().authorName();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private String form(@Nullable Vendor vendor, VendorForm form, @Nullable Long version, Model model) {
		model.addAttribute("vendor", vendor);
		model.addAttribute("version", version);
		model.addAttribute("vendorForm", form);
		return "registers/vendor-form";
	}

}
