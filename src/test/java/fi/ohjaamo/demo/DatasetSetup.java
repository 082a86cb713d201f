package fi.ohjaamo.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.identity.LocalAccounts;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Membership;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.portfolio.ProjectSummary;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import org.jspecify.annotations.Nullable;

/**
 * Creates the generated organisation with its units, goals and people, and reads it back the same way
 * whether it was made just now or by an earlier, interrupted run.
 */
final class DatasetSetup {

	private final Organisations organisations;

	private final LocalAccounts accounts;

	private final StrategicGoals goals;

	private final ProjectSummaries projects;

	DatasetSetup(Organisations organisations, LocalAccounts accounts, StrategicGoals goals, ProjectSummaries projects) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.goals = goals;
		this.projects = projects;
	}

	Optional<UUID> find(DatasetOrganisation organisation) {
		return organisations.named(organisation.name()).map(Organisation::getId);
	}

	int projectCount(UUID organisationId) {
		return projects.of(organisationId).size();
	}

	/** The last number given in each group of the action plan's numbering, such as 12 for "3.12". */
	Map<String, Integer> numbers(UUID organisationId) {
		Map<String, Integer> last = new HashMap<>();
		projects.of(organisationId).stream().map(ProjectSummary::number).forEach(number -> {
			int dot = number.indexOf('.');
			last.merge(number.substring(0, dot), Integer.parseInt(number.substring(dot + 1)), Math::max);
		});
		return last;
	}

	UUID create(DatasetOrganisation organisation, String password) {
		UUID id = organisations.create(organisation.name(), organisation.kind()).getId();
		Map<String, UUID> serviceAreas = new HashMap<>();
		for (int i = 0; i < DatasetPlan.AREAS.size(); i++) {
			var plan = DatasetPlan.AREAS.get(i);
			var area = organisations.addServiceArea(id, plan.name(), (i + 1) * 10);
			serviceAreas.put(plan.name(), area.getId());
			for (int j = 0; j < plan.units().size(); j++) {
				organisations.addUnit(area, plan.units().get(j), (j + 1) * 10);
			}
		}
		DatasetPlan.GOALS.forEach(goal -> goals.add(id, goal));
		for (var plan : DatasetPlan.PEOPLE) {
			var person = organisations.addPerson(plan.displayName(), organisation.email(plan));
			@Nullable UUID serviceArea = plan.serviceArea() == null ? null : serviceAreas.get(plan.serviceArea());
			organisations.grant(person.getId(), id, plan.role(), serviceArea);
			if (organisation.accountsForAll() || plan.role() == Role.IT_MANAGEMENT) {
				accounts.create(person.getId(), organisation.username(plan), password);
			}
		}
		return id;
	}

	DatasetCity load(DatasetOrganisation organisation, UUID id) {
		UnitTree units = organisations.unitsOf(id);
		var areas = units.serviceAreas()
			.stream()
			.map(area -> new DatasetCity.Area(area, units.unitsOf(area.id()), DatasetPlan.area(area.name())))
			.toList();
		List<UUID> goalIds = goals.of(id).stream().map(GoalView::id).toList();
		Map<UUID, List<Membership>> memberships = organisations.membershipsIn(id);
		Map<String, PersonView> people = new HashMap<>();
		organisations.peopleOf(id).forEach(p -> people.put(p.displayName(), p));
		@Nullable CurrentUser itManagement = null;
		List<CurrentUser> managers = new ArrayList<>();
		Map<UUID, CurrentUser> editors = new HashMap<>();
		for (var plan : DatasetPlan.PEOPLE) {
			var person = people.get(plan.displayName());
			if (person == null) {
				throw new IllegalStateException("the dataset has no " + plan.displayName());
			}
			var membership = memberships.get(person.id()).getFirst();
			UUID serviceArea = membership.getServiceAreaId();
			Set<UUID> editable = serviceArea == null ? Set.of() : Set.of(serviceArea);
			var user = new CurrentUser(person.id(), person.displayName(), id, organisation.name(),
					EnumSet.of(membership.getRole()), editable,
					List.of(new CurrentUser.OrganisationChoice(id, organisation.name())));
			switch (membership.getRole()) {
				case IT_MANAGEMENT -> itManagement = user;
				case PROJECT_MANAGER -> managers.add(user);
				case SERVICE_AREA_EDITOR -> editors.put(membership.getServiceAreaId(), user);
				default -> {
				}
			}
		}
		if (itManagement == null) {
			throw new IllegalStateException("the dataset has nobody in IT management");
		}
		return new DatasetCity(id, areas, goalIds, itManagement, List.copyOf(managers), Map.copyOf(editors));
	}

}
