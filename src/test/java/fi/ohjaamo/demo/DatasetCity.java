package fi.ohjaamo.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.UnitView;
import org.jspecify.annotations.Nullable;

/** The generated organisation as its cards need it: where projects can belong, their goals and their authors. */
record DatasetCity(UUID id, List<Area> areas, List<UUID> goalIds, CurrentUser itManagement,
		List<CurrentUser> projectManagers, Map<UUID, CurrentUser> editors) {

	record Area(UnitView serviceArea, List<UnitView> units, DatasetPlan.AreaPlan plan) {

		UUID id() {
			return serviceArea.id();
		}

		UnitView unit(String name) {
			return units.stream()
				.filter(u -> u.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no unit " + name + " in " + serviceArea.name()));
		}

	}

	Area centralServices() {
		return areas.stream()
			.filter(a -> a.serviceArea().name().equals(DatasetPlan.CENTRAL_SERVICES))
			.findFirst()
			.orElseThrow();
	}

	Optional<CurrentUser> editorOf(UUID serviceAreaId) {
		return Optional.ofNullable(editors.get(serviceAreaId));
	}

	Optional<CurrentUser> manager(@Nullable UUID personId) {
		return projectManagers.stream().filter(m -> m.personId().equals(personId)).findFirst();
	}

}
