package fi.ohjaamo.portfolio.web;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.web.QueryLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The portfolio table. The filter form works as a plain GET, so every view is a URL; with htmx it
 * swaps only the results and pushes the same URL into the address bar.
 */
@Controller
class PortfolioController {

	private final PortfolioQuery query;

	private final ProjectChoices choices;

	private final Projects projects;

	PortfolioController(PortfolioQuery query, ProjectChoices choices, Projects projects) {
		this.query = query;
		this.choices = choices;
		this.projects = projects;
	}

	@GetMapping("/projects")
	String portfolio(CurrentUser user, @ModelAttribute("filter") PortfolioFilter filter, HttpServletRequest request,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		choices.addTo(model, user.organisationId());
		model.addAttribute("result", query.find(user.organisationId(), filter));
		model.addAttribute("links", QueryLinks.of(request));
		model.addAttribute("columns", PortfolioColumns.of(request.getParameterValues("col")));
		model.addAttribute("mayCreate", projects.mayCreate(user));
		// The roadmap opens on the same selection the table shows.
		model.addAttribute("roadmapLink", request.getQueryString() == null ? "/projects/roadmap"
				: "/projects/roadmap?" + request.getQueryString());
		boolean resultsOnly = htmx != null && request.getHeader("HX-Target") != null;
		return resultsOnly ? "portfolio/portfolio :: results" : "portfolio/portfolio";
	}

}
