package fi.ohjaamo.scenario;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Scenarios side by side with the current plan (IT's overloaded quarters and costs per year in columns), and the
 * current plan's costs per year on their own. Chosen scenarios of another organisation are simply not there.
 */
@Controller
class ComparisonController {

	private final Scenarios scenarios;

	private final ScenarioPages pages;

	ComparisonController(Scenarios scenarios, ScenarioPages pages) {
		this.scenarios = scenarios;
		this.pages = pages;
	}

	@GetMapping("/projects/scenarios/compare")
	String compare(CurrentUser user, @RequestParam(name = "scenario", required = false) @Nullable List<UUID> chosen,
			Model model) {
		var all = scenarios.of(user.organisationId());
		var ids = chosen == null ? List.<UUID>of() : chosen;
		var compared = all.stream().filter(s -> ids.contains(s.getId())).toList();
		model.addAttribute("scenarios", all);
		model.addAttribute("chosen", ids);
		model.addAttribute("comparison", pages.compare(user, compared));
		return "scenario/compare";
	}

	@GetMapping("/projects/costs")
	String costs(CurrentUser user, Model model) {
		model.addAttribute("comparison", pages.compare(user, List.of()));
		return "scenario/costs";
	}

}
