package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the card's and the portfolio's selects offer: the organisation's units, goals, people and every enum. */
@Component
class ProjectChoices {

	private final Organisations organisations;

	private final StrategicGoals goals;

	ProjectChoices(Organisations organisations, StrategicGoals goals) {
		this.organisations = organisations;
		this.goals = goals;
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

	void addTo(Model model, UUID organisationId) {
		model.addAttribute("units", units(organisationId));
		model.addAttribute("goals", goals(organisationId));
		model.addAttribute("people", people(organisationId));
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
