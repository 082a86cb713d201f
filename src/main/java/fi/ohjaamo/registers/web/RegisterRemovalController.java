package fi.ohjaamo.registers.web;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.RegisterRecordInUseException;
import fi.ohjaamo.registers.RegisterReference;
import fi.ohjaamo.registers.RegisterRemovals;
import fi.ohjaamo.registers.Vendors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Deleting a system, a vendor or a contract, after a page that either confirms it or, when other records refer to
 * it, lists them with links instead.
 */
@Controller
class RegisterRemovalController {

	private final RegisterRemovals removals;

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	RegisterRemovalController(RegisterRemovals removals, InformationSystems systems, Vendors vendors,
			Contracts contracts) {
		this.removals = removals;
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
	}

	/** What the confirmation page names: the record, where it lives, and what refers to it. */
	record Deletion(String kind, String name, String path, String listPath, List<RegisterReference> references) {
	}

	@GetMapping("/registers/systems/{id}/delete")
	String confirmSystem(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		return systemPage(user, id, model);
	}

	@PostMapping("/registers/systems/{id}/delete")
	String deleteSystem(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		try {
			removals.removeSystem(user, id);
		}
		catch (RegisterRecordInUseException ex) {
			// Something came to refer to it after the page was shown: show what does.
			return systemPage(user, id, model);
		}
		return "redirect:/registers/systems?deleted";
	}

	@GetMapping("/registers/vendors/{id}/delete")
	String confirmVendor(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		return vendorPage(user, id, model);
	}

	@PostMapping("/registers/vendors/{id}/delete")
	String deleteVendor(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		try {
			removals.removeVendor(user, id);
		}
		catch (RegisterRecordInUseException ex) {
			return vendorPage(user, id, model);
		}
		return "redirect:/registers/vendors?deleted";
	}

	@GetMapping("/registers/contracts/{id}/delete")
	String confirmContract(CurrentUser user, @PathVariable UUID id, Model model) {
		RegisterAccess.requireKeeper(user);
		var contract = contracts.get(user.organisationId(), id);
		return page(new Deletion("contract", contract.getSubject(), "/registers/contracts/" + id, "/registers/contracts",
				List.of()), model);
	}

	@PostMapping("/registers/contracts/{id}/delete")
	String deleteContract(CurrentUser user, @PathVariable UUID id) {
		RegisterAccess.requireKeeper(user);
		removals.removeContract(user, id);
		return "redirect:/registers/contracts?deleted";
	}

	private String systemPage(CurrentUser user, UUID id, Model model) {
		var system = systems.get(user.organisationId(), id);
		return page(new Deletion("system", system.getName(), "/registers/systems/" + id, "/registers/systems",
				removals.referencesToSystem(user.organisationId(), id)), model);
	}

	private String vendorPage(CurrentUser user, UUID id, Model model) {
		var vendor = vendors.get(user.organisationId(), id);
		return page(new Deletion("vendor", vendor.getName(), "/registers/vendors/" + id, "/registers/vendors",
				removals.referencesToVendor(user.organisationId(), id)), model);
	}

	private static String page(Deletion deletion, Model model) {
		model.addAttribute("deletion", deletion);
		return "registers/confirm-delete";
	}

}
