package fi.ohjaamo.organisation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** An organisation's service areas and their units, in the organisation's own order. */
public record UnitTree(List<UnitView> all) {

	public List<UnitView> serviceAreas() {
		return all.stream().filter(UnitView::isServiceArea).toList();
	}

	public List<UnitView> unitsOf(UUID serviceAreaId) {
		return all.stream().filter(u -> serviceAreaId.equals(u.parentId())).toList();
	}

	public Optional<UnitView> find(@Nullable UUID id) {
		return id == null ? Optional.empty() : all.stream().filter(u -> u.id().equals(id)).findFirst();
	}

	public boolean isServiceArea(@Nullable UUID id) {
		return find(id).map(UnitView::isServiceArea).orElse(false);
	}

	public boolean isUnitOf(@Nullable UUID unitId, @Nullable UUID serviceAreaId) {
		return find(unitId).map(u -> Objects.equals(u.parentId(), serviceAreaId)).orElse(false);
	}

	public String nameOf(@Nullable UUID id) {
		return find(id).map(UnitView::name).orElse("");
	}

	public Map<UUID, String> names() {
		return all.stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

	public Map<UUID, UnitView> byId() {
		return all.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
	}

}
