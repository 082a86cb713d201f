package fi.ohjaamo.registers.web;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Vendors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Reading the register: the list of systems and a system's page. */
@Controller
class SystemController {

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Organisations organisations;

	private final SystemPage page;

	SystemController(InformationSystems systems, Vendors vendors, Organisations organisations, SystemPage page) {
		this.systems = systems;
		this.vendors = vendors;
		this.organisations = organisations;
		this.page = page;
	}

	@GetMapping("/registers/systems")
	String list(CurrentUser user, Model model) {
		var org = user.organisationId();
		model.addAttribute("systems", systems.of(org));
		model.addAttribute("units", organisations.unitsOf(org).names());
		model.addAttribute("vendorNames", vendors.namesOf(org));
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		return "registers/systems";
	}

	@GetMapping("/registers/systems/{id}")
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		return page.show(user, id, model);
	}

}
