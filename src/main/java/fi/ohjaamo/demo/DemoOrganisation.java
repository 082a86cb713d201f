package fi.ohjaamo.demo;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Person;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.organisation.Unit;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.strategy.StrategicGoals;

/**
 * One demo organisation while it is being filled: its units and goals by name, so that cards can refer
 * to them as a person would, and the projects written on its cards.
 */
final class DemoOrganisation {

	private final Organisation organisation;

	private final Organisations organisations;

	private final StrategicGoals strategicGoals;

	private final Projects projects;

	private final Map<String, Unit> units = new HashMap<>();

	private final Map<String, UUID> goals = new HashMap<>();

	private int projectCount;

	DemoOrganisation(Organisation organisation, Organisations organisations, StrategicGoals strategicGoals,
			Projects projects) {
		this.organisation = organisation;
		this.organisations = organisations;
		this.strategicGoals = strategicGoals;
		this.projects = projects;
	}

	UUID id() {
		return organisation.getId();
	}

	void serviceArea(String name, String... unitNames) {
		var serviceArea = organisations.addServiceArea(id(), name, (units.size() + 1) * 10);
		units.put(name, serviceArea);
		for (int i = 0; i < unitNames.length; i++) {
			units.put(unitNames[i], organisations.addUnit(serviceArea, unitNames[i], (i + 1) * 10));
		}
	}

	/** Adds a strategic goal that cards name by a short key instead of its whole wording. */
	void goal(String key, String name) {
		goals.put(key, strategicGoals.add(id(), name).id());
	}

	void grant(Person person, Role role) {
		organisations.grant(person.getId(), id(), role, null);
	}

	void grantServiceArea(Person person, String serviceArea) {
		organisations.grant(person.getId(), id(), Role.SERVICE_AREA_EDITOR, serviceArea(serviceArea).getId());
	}

	/** The person as the author of cards, holding one role here. */
	CurrentUser author(Person person, Role role) {
		return new CurrentUser(person.getId(), person.getDisplayName(), id(), organisation.getName(), EnumSet.of(role),
				Set.of(), List.of());
	}

	CurrentUser serviceAreaEditor(Person person, String serviceArea) {
		return new CurrentUser(person.getId(), person.getDisplayName(), id(), organisation.getName(),
				EnumSet.of(Role.SERVICE_AREA_EDITOR), Set.of(serviceArea(serviceArea).getId()), List.of());
	}

	DemoCards card(String number, String title) {
		return new DemoCards(this, number, title);
	}

	Project create(CurrentUser author, DemoCards card) {
		projectCount++;
		return projects.create(author, card.build());
	}

	/** Saves the card as the next version of the project, as if the author had edited the latest one. */
	Project revise(CurrentUser author, Project project, DemoCards card) {
		return projects.revise(author, project.getId(), card.build(), project.getRevision());
	}

	int projectCount() {
		return projectCount;
	}

	Unit serviceArea(String name) {
		var unit = unit(name);
		if (!unit.isServiceArea()) {
			throw new IllegalArgumentException(name + " is not a service area");
		}
		return unit;
	}

	Unit unitOf(String serviceArea, String name) {
		var unit = unit(name);
		if (!Objects.equals(unit.getParentId(), serviceArea(serviceArea).getId())) {
			throw new IllegalArgumentException(name + " is not a unit of " + serviceArea);
		}
		return unit;
	}

	UUID goalId(String key) {
		var goal = goals.get(key);
		if (goal == null) {
			throw new IllegalArgumentException("no demo goal " + key);
		}
		return goal;
	}

	private Unit unit(String name) {
		var unit = units.get(name);
		if (unit == null) {
			throw new IllegalArgumentException("no demo unit " + name);
		}
		return unit;
	}

}
