package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.shared.web.QueryLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ranking of the open projects: mandatory ones above the line whatever their score, then by weighted score,
 * unscored ones last; with a bar chart of the highest scores and the same numbers as a table, and the list a page
 * at a time.
 */
@Controller
class RankingController {

	private final RankingQuery ranking;

	private final Criteria criteria;

	private final Organisations organisations;

	RankingController(RankingQuery ranking, Criteria criteria, Organisations organisations) {
		this.ranking = ranking;
		this.criteria = criteria;
		this.organisations = organisations;
	}

	@GetMapping("/projects/ranking")
	String ranking(CurrentUser user, @RequestParam(name = "serviceArea", required = false) @Nullable UUID serviceArea,
			@RequestParam(name = "status", required = false) @Nullable Status status,
			@RequestParam(name = "page", defaultValue = "1") int page, HttpServletRequest request, Model model) {
		var units = organisations.unitsOf(user.organisationId());
		var area = units.isServiceArea(serviceArea) ? serviceArea : null;
		var filter = new RankingFilter(area, status);
		int weightSum = criteria.weightSum(user.organisationId());
		var rows = ranking.rank(user.organisationId(), filter);
		model.addAttribute("ranking", RankingPage.of(rows, page));
		model.addAttribute("links", QueryLinks.of(request));
		model.addAttribute("chart", RankingChart.of(rows));
		model.addAttribute("filter", filter);
		model.addAttribute("units", units);
		model.addAttribute("statuses", RankingFilter.RANKED);
		model.addAttribute("criteriaCount", criteria.active(user.organisationId()).size());
		model.addAttribute("weightSum", weightSum);
		model.addAttribute("fullWeight", Criteria.FULL_WEIGHT);
		model.addAttribute("mayManage", PrioritisationPermissions.mayKeepCriteria(user));
		return "prioritisation/ranking";
	}

}
