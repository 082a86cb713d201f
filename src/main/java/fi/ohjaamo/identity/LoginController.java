package fi.ohjaamo.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final LocalAccounts accounts;

	LoginController(LocalAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return accounts.anyExist() ? "identity/login" : "redirect:/setup";
	}

}
