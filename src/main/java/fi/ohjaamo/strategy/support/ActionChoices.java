package fi.ohjaamo.strategy.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.organisation.UnitView;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionResponsibleKind;

/** The parties an action of the organisation can be given to, as {@code unit:<id>} and {@code person:<id>} choices. */
public record ActionChoices(List<Option> units, List<Option> people) {

	public record Option(String value, String label) {
	}

	public static ActionChoices of(Organisations organisations, UUID organisationId) {
		UnitTree tree = organisations.unitsOf(organisationId);
		List<Option> units = new ArrayList<>();
		for (UnitView area : tree.serviceAreas()) {
			units.add(new Option("unit:" + area.id(), area.name()));
			for (UnitView unit : tree.unitsOf(area.id())) {
				units.add(new Option("unit:" + unit.id(), area.name() + " / " + unit.name()));
			}
		}
		List<Option> people = new ArrayList<>();
		for (PersonView person : organisations.peopleOf(organisationId)) {
			people.add(new Option("person:" + person.id(), person.displayName()));
		}
		return new ActionChoices(units, people);
	}

	public boolean offers(ActionResponsible responsible) {
		return switch (responsible.kind()) {
			case ROLE -> true;
			case UNIT, PERSON -> units.stream().anyMatch(o -> o.value().equals(responsible.choice()))
					|| people.stream().anyMatch(o -> o.value().equals(responsible.choice()));
		};
	}

	public String nameOf(ActionResponsible responsible) {
		if (responsible.kind() == ActionResponsibleKind.ROLE) {
			return responsible.role();
		}
		String value = responsible.choice();
		return units.stream()
			.filter(o -> o.value().equals(value))
			.findFirst()
			.or(() -> people.stream().filter(o -> o.value().equals(value)).findFirst())
			.map(Option::label)
			.orElse("");
	}

}
