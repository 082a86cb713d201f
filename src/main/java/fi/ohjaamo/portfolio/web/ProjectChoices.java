package fi.ohjaamo.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.portfolio.Visibility;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.WorksiteView;
import fi.ohjaamo.strategy.Worksites;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the card's and the portfolio's selects offer: the organisation's units, goals, people and every enum. */
@Component
class ProjectChoices {

	/** The worksites of one spearhead theme, labelled "Programme › Theme", for a select's option group. */
	record WorksiteGroup(String label, List<WorksiteView> worksites) {
	}

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final Worksites worksites;

	ProjectChoices(Organisations organisations, StrategicGoals goals, Worksites worksites) {
		this.organisations = organisations;
		this.goals = goals;
		this.worksites = worksites;
	}

	UnitTree units(UUID organisationId) {
		return organisations.unitsOf(organisationId);
	}

	List<GoalView> goals(UUID organisationId) {
		return goals.of(organisationId);
	}

	List<PersonView> people(UUID organisationId) {
		return organisations.peopleOf(organisationId);
	}

	List<WorksiteGroup> worksiteGroups(UUID organisationId) {
		var byTheme = new LinkedHashMap<UUID, List<WorksiteView>>();
		for (var worksite : worksites.of(organisationId)) {
			byTheme.computeIfAbsent(worksite.themeId(), id -> new ArrayList<>()).add(worksite);
		}
		return byTheme.values()
			.stream()
			.map(list -> new WorksiteGroup(list.getFirst().programmeName() + " › " + list.getFirst().themeName(),
					List.copyOf(list)))
			.toList();
	}

	void addTo(Model model, UUID organisationId) {
		model.addAttribute("units", units(organisationId));
		model.addAttribute("goals", goals(organisationId));
		model.addAttribute("people", people(organisationId));
		// Empty when the organisation has no programmes; the card form and the filter then leave the field out.
		model.addAttribute("worksiteGroups", worksiteGroups(organisationId));
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("obligations", Obligation.values());
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("impactStates", ImpactState.values());
		model.addAttribute("likelihoods", Likelihood.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("scheduleOwners", ScheduleOwner.values());
		model.addAttribute("costKinds", CostKind.values());
		model.addAttribute("vats", Vat.values());
		model.addAttribute("resourceParties", ResourceParty.values());
		model.addAttribute("effortUnits", EffortUnit.values());
	}

}
