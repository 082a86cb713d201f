package fi.ohjaamo.scenario;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.PortfolioPlans;
import fi.ohjaamo.portfolio.Status;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/** What the scenario page and the comparison show, for the controllers that render them. */
@Component
class ScenarioPages {

	private final PlanFigures figures;

	private final PortfolioPlans plans;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Organisations organisations;

	ScenarioPages(PlanFigures figures, PortfolioPlans plans, MessageSource messages, JsonMapper json,
			Organisations organisations) {
		this.figures = figures;
		this.organisations = organisations;
		this.plans = plans;
		this.messages = messages;
		this.json = json;
	}

	/** The plan first, then the scenarios, named as the columns' headings. */
	Comparison compare(CurrentUser user, List<Scenario> scenarios) {
		var columns = figures.columns(user.organisationId(), scenarios);
		var names = columns.stream()
			.map(c -> c.isCurrentPlan()
					? messages.getMessage("scenario.plan.current", null, LocaleContextHolder.getLocale())
					: Objects.requireNonNull(c.scenario(), "every column but the plan is a scenario's").getName())
			.toList();
		var areas = organisations.unitsOf(user.organisationId()).serviceAreas().stream()
			.collect(Collectors.toMap(u -> u.id(), u -> u.name()));
		String it = messages.getMessage("scenario.capacity.it", null, LocaleContextHolder.getLocale());
		return Comparison.of(names, columns, party -> party.isIt() ? it : areas.getOrDefault(party.serviceAreaId(), "?"),
				json);
	}

	String scenario(CurrentUser user, Scenario scenario, ChangeForm form, Model model) {
		model.addAttribute("scenario", scenario);
		model.addAttribute("comparison", compare(user, List.of(scenario)));
		model.addAttribute("changeForm", form);
		model.addAttribute("mayPlan", Scenarios.mayPlan(user));
		if (scenario.isDraft() && Scenarios.mayPlan(user)) {
			var projects = plans.projects(user.organisationId(), EnumSet.of(Status.IDEA, Status.PROPOSAL,
					Status.ASSESSED, Status.APPROVED, Status.IN_PROGRESS));
			model.addAttribute("planProjects", projects.stream().filter(p -> p.status() != Status.IDEA).toList());
			model.addAttribute("ideas", projects.stream().filter(p -> p.status() == Status.IDEA).toList());
		}
		model.addAttribute("kinds", ChangeKind.values());
		return "scenario/scenario";
	}

}
