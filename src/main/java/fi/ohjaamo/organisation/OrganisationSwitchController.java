package fi.ohjaamo.organisation;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OrganisationSwitchController {

	private final CurrentUsers currentUsers;

	OrganisationSwitchController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	/** Unknown or foreign organisations are ignored: the person stays where they are. */
	@PostMapping("/organisation")
	String switchOrganisation(@RequestParam UUID organisationId, HttpServletRequest request) {
		currentUsers.switchTo(request, organisationId);
		return "redirect:/projects";
	}

}
