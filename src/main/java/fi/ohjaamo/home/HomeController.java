package fi.ohjaamo.home;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.RegisterAlerts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page. IT management and administrators see their alerts; others land on the portfolio. */
@Controller
class HomeController {

	private final RegisterAlerts alerts;

	HomeController(RegisterAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		if (!user.ownsPortfolio()) {
			return "redirect:/projects";
		}
		model.addAttribute("alerts", alerts.of(user.organisationId()));
		return "home/home";
	}

}
