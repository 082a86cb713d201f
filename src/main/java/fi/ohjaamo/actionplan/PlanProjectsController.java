package fi.ohjaamo.actionplan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The projects of a draft: the plan's groups and projects in order with buttons to move and remove them, and a picker
 * that finds portfolio projects by words, category, status and year to add.
 */
@Controller
class PlanProjectsController {

	private final ActionPlans plans;

	private final PlanKeeping keeping;

	private final PortfolioQuery portfolio;

	PlanProjectsController(ActionPlans plans, PortfolioQuery portfolio, PlanKeeping keeping) {
		this.keeping = keeping;
		this.plans = plans;
		this.portfolio = portfolio;
	}

	@GetMapping("/plans/{id}/projects")
	String arrange(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable Status status,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		var plan = keeping.draft(user, id);
		var filter = new PortfolioFilter(q == null ? "" : q, category == null ? List.of() : List.of(category),
				status == null ? List.of() : List.of(status), List.of(), null, List.of(), null, null, List.of(), null,
				null, null, null, null, year, "number", null, 1, null);
		Set<UUID> chosen = plan.getProjects().stream().map(ChosenProject::projectId).collect(Collectors.toSet());
		model.addAttribute("plan", plan);
		model.addAttribute("lines", PlanOutline.lines(plans.tree(plan, LocaleContextHolder.getLocale()),
				plan.getChapters().size()));
		model.addAttribute("found", portfolio.find(user.organisationId(), filter));
		model.addAttribute("chosen", chosen);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("category", category);
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", Status.values());
		return "actionplan/plan-projects";
	}

	/** Adds a project and returns to the same search, so several can be added one after another. */
	@PostMapping("/plans/{id}/projects/add")
	String add(CurrentUser user, @PathVariable UUID id, @RequestParam UUID projectId, @RequestParam long version,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable Status status,
			@RequestParam(required = false) @Nullable Integer year) {
		keeping.draft(user, id);
		var search = UriComponentsBuilder.fromPath("/plans/" + id + "/projects")
			.queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
			.queryParamIfPresent("category", Optional.ofNullable(category))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("year", Optional.ofNullable(year))
			.encode()
			.toUriString();
		return guarded(search, "#found", () -> plans.choose(user, id, projectId, version));
	}

	@PostMapping("/plans/{id}/projects/remove")
	String remove(CurrentUser user, @PathVariable UUID id, @RequestParam UUID projectId, @RequestParam long version) {
		keeping.draft(user, id);
		return guarded("/plans/" + id + "/projects", "#arrangement",
				() -> plans.drop(user, id, projectId, version));
	}

	@PostMapping("/plans/{id}/order")
	String move(CurrentUser user, @PathVariable UUID id, @RequestParam String key, @RequestParam int step,
			@RequestParam long version) {
		keeping.draft(user, id);
		return guarded("/plans/" + id + "/projects", "#arrangement",
				() -> plans.move(user, id, key, Integer.signum(step), version));
	}

	/**
	 * Runs a one-click change; when the plan was saved meanwhile nothing is written and the page says so, showing the
	 * plan as it now is so the person can click again.
	 */
	static String guarded(String page, String anchor, Runnable change) {
		try {
			change.run();
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:" + page + (page.contains("?") ? "&" : "?") + "stale" + anchor;
		}
		return "redirect:" + page + (page.contains("?") ? "&" : "?") + "saved" + anchor;
	}


}
