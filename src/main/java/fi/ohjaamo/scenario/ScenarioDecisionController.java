package fi.ohjaamo.scenario;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adopting a scenario onto the cards, after a page that lists what it will write and asks to confirm it, or
 * discarding it. Both close the scenario; an adoption the cards no longer allow shows which projects stop it and
 * writes nothing.
 */
@Controller
class ScenarioDecisionController {

	private final Scenarios scenarios;

	private final ScenarioAdoption adoption;

	private final ScenarioPages pages;

	ScenarioDecisionController(Scenarios scenarios, ScenarioAdoption adoption, ScenarioPages pages) {
		this.scenarios = scenarios;
		this.adoption = adoption;
		this.pages = pages;
	}

	@GetMapping("/projects/scenarios/{id}/adopt")
	String confirmAdopt(CurrentUser user, @PathVariable UUID id, Model model) {
		var scenario = scenarios.get(user.organisationId(), id);
		Scenarios.requirePlanner(user);
		if (!scenario.isDraft()) {
			return "redirect:/projects/scenarios/" + id;
		}
		model.addAttribute("scenario", scenario);
		return "scenario/confirm-adopt";
	}

	@PostMapping("/projects/scenarios/{id}/adopt")
	String adopt(CurrentUser user, @PathVariable UUID id, @RequestParam long version, Model model) {
		try {
			adoption.adopt(user, id, version);
		}
		catch (AdoptionConflictException ex) {
			model.addAttribute("conflicts", ex.conflicts());
			var scenario = scenarios.get(user.organisationId(), id);
			return pages.scenario(user, scenario, ChangeForm.blank(scenario), model);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/projects/scenarios/" + id + "?stale";
		}
		catch (ScenarioClosedException ex) {
			return "redirect:/projects/scenarios/" + id;
		}
		return "redirect:/projects/scenarios/" + id + "?adopted";
	}

	@PostMapping("/projects/scenarios/{id}/discard")
	String discard(CurrentUser user, @PathVariable UUID id, @RequestParam long version) {
		try {
			scenarios.discard(user, id, version);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/projects/scenarios/" + id + "?stale";
		}
		catch (ScenarioClosedException ex) {
			return "redirect:/projects/scenarios/" + id;
		}
		return "redirect:/projects/scenarios/" + id + "?discarded";
	}

}
