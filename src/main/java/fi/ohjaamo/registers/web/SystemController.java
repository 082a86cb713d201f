package fi.ohjaamo.registers.web;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.registers.Verdict;
import fi.ohjaamo.registers.views.RegisterSearch;
import fi.ohjaamo.registers.views.SystemFilter;
import fi.ohjaamo.shared.web.BoundForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Reading the register: the list of systems and a system's page. */
@Controller
class SystemController {

	private final Vendors vendors;

	private final Organisations organisations;

	private final SystemPage page;

	private final RegisterSearch search;

	SystemController(Vendors vendors, Organisations organisations, SystemPage page, RegisterSearch search) {
		this.search = search;
		this.vendors = vendors;
		this.organisations = organisations;
		this.page = page;
	}

	/** The list, filtered as the URL says; a horizon that cannot be used is told next to its field and left out. */
	@GetMapping("/registers/systems")
	String list(CurrentUser user, @Valid @ModelAttribute("filter") SystemFilter filter, BindingResult bound,
			HttpServletRequest request, Model model) {
		var org = user.organisationId();
		// The horizon is typed and gets its message; any other value is a choice no page offers, such as an unknown
		// criticality or a malformed id in an edited address: the list does not pretend it was filtered by it.
		if (bound.getFieldErrors().stream().anyMatch(e -> !e.getField().equals("supportMonths"))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		BoundForms.onTarget(filter, bound, model);
		var usable = bound.hasFieldErrors("supportMonths") ? filter.withoutSupportMonths() : filter;
		var unitTree = organisations.unitsOf(org);
		model.addAttribute("systems", search.systems(org, usable));
		model.addAttribute("filtered", !usable.equals(SystemFilter.none()));
		model.addAttribute("units", unitTree.names());
		model.addAttribute("unitTree", unitTree);
		model.addAttribute("vendors", vendors.of(org));
		model.addAttribute("vendorNames", vendors.namesOf(org));
		model.addAttribute("criticalities", Criticality.values());
		model.addAttribute("hostings", Hosting.values());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("unanswered", search.unanswered(org));
		model.addAttribute("phases", Phase.values());
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		// The spreadsheet holds what the list shows: the export link carries the list's own query.
		model.addAttribute("exportQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
		return "registers/systems";
	}

	@GetMapping("/registers/systems/{id}")
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		return page.show(user, id, model);
	}

}
