package fi.ohjaamo.identity;

import fi.ohjaamo.organisation.OrganisationKind;
import fi.ohjaamo.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import java.util.Objects;

/** The one-time set-up page; it exists only while the deployment has no account at all. */
@Controller
class SetupController {

	private final LocalAccounts accounts;

	private final FirstAdministrator firstAdministrator;

	SetupController(LocalAccounts accounts, FirstAdministrator firstAdministrator) {
		this.accounts = accounts;
		this.firstAdministrator = firstAdministrator;
	}

	@ModelAttribute("kinds")
	OrganisationKind[] kinds() {
		return OrganisationKind.values();
	}

	@GetMapping("/setup")
	String form(Model model) {
		requireNoAccounts();
		model.addAttribute("setupForm", SetupForm.empty());
		return "identity/setup";
	}

	@PostMapping("/setup")
	String create(@Valid @ModelAttribute SetupForm setupForm, BindingResult result) {
		requireNoAccounts();
		if (result.hasErrors()) {
			return "identity/setup";
		}
		firstAdministrator.create(Objects.requireNonNull(setupForm.organisationName()),
				Objects.requireNonNull(setupForm.kind()), Objects.requireNonNull(setupForm.displayName()),
				Objects.requireNonNull(setupForm.username()), Objects.requireNonNull(setupForm.password()));
		return "redirect:/login?setup";
	}

	private void requireNoAccounts() {
		if (accounts.anyExist()) {
			throw new NotFoundException();
		}
	}

}
