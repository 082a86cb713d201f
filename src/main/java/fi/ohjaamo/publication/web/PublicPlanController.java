package fi.ohjaamo.publication.web;

import java.util.UUID;

import fi.ohjaamo.publication.PublishedPlans;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The approved action plans' public pages, for anyone without signing in. */
@Controller
class PublicPlanController {

	private final PublishedPlans published;

	PublicPlanController(PublishedPlans published) {
		this.published = published;
	}

	@GetMapping("/public/{slug}/plans")
	String plans(@PathVariable String slug, Model model) {
		model.addAttribute("list", published.plans(slug, LocaleContextHolder.getLocale()));
		return "publication/plans";
	}

	@GetMapping("/public/{slug}/plans/{id}")
	String plan(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("plan", published.plan(slug, id, LocaleContextHolder.getLocale()));
		return "publication/plan";
	}

}
