package fi.ohjaamo.publication.web;

import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.NotPublishedReason;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.publication.PublishedProjects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The published portfolio's pages, for anyone without signing in. */
@Controller
class PublicPortfolioController {

	private final PublishedProjects published;

	PublicPortfolioController(PublishedProjects published) {
		this.published = published;
	}

	@GetMapping("/public")
	String organisations(Model model) {
		model.addAttribute("organisations", published.organisations());
		return "publication/organisations";
	}

	@GetMapping("/public/{slug}")
	String portfolio(@PathVariable String slug, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String serviceArea,
			@RequestParam(required = false) @Nullable String year, Model model) {
		var filter = FilterParameters.of(category, status, serviceArea, year);
		model.addAttribute("portfolio", published.portfolio(slug, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", List.of(Status.values()).stream().filter(NotPublishedReason::mayPublish).toList());
		int now = Year.now().getValue();
		model.addAttribute("years", IntStream.rangeClosed(now - 4, now + 5).boxed().toList());
		return "publication/portfolio";
	}

	@GetMapping("/public/{slug}/projects/{id}")
	String project(@PathVariable String slug, @PathVariable UUID id, Model model) {
		var portfolio = published.portfolio(slug, fi.ohjaamo.publication.PublicFilter.none());
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("project", published.project(slug, id));
		return "publication/project";
	}

}
