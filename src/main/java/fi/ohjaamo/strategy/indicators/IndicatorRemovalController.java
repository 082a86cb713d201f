package fi.ohjaamo.strategy.indicators;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Deleting an indicator after a confirmation page that says what goes with it (its targets and measured values) and
 * that its history stays. Works without JavaScript: a link to the confirmation page, then a form.
 */
@Controller
class IndicatorRemovalController {

	private final Indicators indicators;

	IndicatorRemovalController(Indicators indicators) {
		this.indicators = indicators;
	}

	@GetMapping("/strategy/indicators/{id}/delete")
	String confirm(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var indicator = indicators.get(user.organisationId(), id);
		model.addAttribute("kind", "indicator");
		model.addAttribute("name", indicator.getName());
		model.addAttribute("measurements", indicator.getMeasurements().size());
		model.addAttribute("deleteUrl", "/strategy/indicators/" + id + "/delete");
		model.addAttribute("cancelUrl", "/strategy/indicators/" + id);
		return "strategy/confirm-delete";
	}

	@PostMapping("/strategy/indicators/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id) {
		indicators.remove(user, id);
		return "redirect:/strategy/indicators?deleted";
	}

}
