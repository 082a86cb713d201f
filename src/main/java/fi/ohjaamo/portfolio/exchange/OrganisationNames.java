package fi.ohjaamo.portfolio.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.organisation.UnitView;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.WorksiteView;
import fi.ohjaamo.strategy.Worksites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The names a spreadsheet uses for one organisation's service areas, units, people, goals and worksites, both ways.
 * A name matches only within the organisation, so a file can never point a card at another organisation's things.
 */
@Component
class OrganisationNames {

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final Worksites worksites;

	OrganisationNames(Organisations organisations, StrategicGoals goals, Worksites worksites) {
		this.organisations = organisations;
		this.goals = goals;
		this.worksites = worksites;
	}

	Names of(UUID organisationId) {
		UnitTree units = organisations.unitsOf(organisationId);
		var people = organisations.peopleOf(organisationId);
		return new Names(units, index(people, p -> p.id(), p -> p.displayName()),
				index(goals.of(organisationId), GoalView::id, GoalView::name),
				index(worksites.of(organisationId), WorksiteView::id, WorksiteView::name));
	}

	private static <T> Index index(List<T> things, Function<T, UUID> id, Function<T, String> name) {
		var byId = new HashMap<UUID, String>();
		var byName = new HashMap<String, List<UUID>>();
		for (T thing : things) {
			byId.put(id.apply(thing), name.apply(thing));
			byName.computeIfAbsent(normal(name.apply(thing)), n -> new ArrayList<>()).add(id.apply(thing));
		}
		return new Index(byId, byName);
	}

	static String normal(String name) {
		return SpreadsheetText.normal(name);
	}

	/** Ids by name; a name two things share finds both, and the caller reports it as ambiguous. */
	record Index(Map<UUID, String> names, Map<String, List<UUID>> ids) {

		String name(@Nullable UUID id) {
			return id == null ? "" : names.getOrDefault(id, "");
		}

		List<UUID> find(String name) {
			return ids.getOrDefault(normal(name), List.of());
		}

	}

	record Names(UnitTree units, Index people, Index goals, Index worksites) {

		String unitName(@Nullable UUID id) {
			return id == null ? "" : units.find(id).map(UnitView::name).orElse("");
		}

		List<UUID> serviceAreas(String name) {
			return units.serviceAreas().stream().filter(u -> normal(u.name()).equals(normal(name))).map(UnitView::id).toList();
		}

		List<UUID> unitsOf(@Nullable UUID serviceAreaId, String name) {
			return serviceAreaId == null ? List.of()
					: units.unitsOf(serviceAreaId).stream().filter(u -> normal(u.name()).equals(normal(name)))
						.map(UnitView::id).toList();
		}

	}

}
