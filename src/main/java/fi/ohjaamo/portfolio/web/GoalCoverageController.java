package fi.ohjaamo.portfolio.web;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.GoalCoverageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Which strategic goals the portfolio serves, and which it leaves without any project. */
@Controller
class GoalCoverageController {

	private final GoalCoverageQuery coverage;

	GoalCoverageController(GoalCoverageQuery coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/projects/coverage")
	String coverage(CurrentUser user, Model model) {
		model.addAttribute("coverage", coverage.of(user.organisationId()));
		return "portfolio/coverage";
	}

}
