package fi.ohjaamo.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. */
public record UnitView(UUID id, @Nullable UUID parentId, String name, UnitKind kind) {

	static UnitView of(Unit unit) {
		return new UnitView(unit.getId(), unit.getParentId(), unit.getName(), unit.getKind());
	}

	public boolean isServiceArea() {
		return kind == UnitKind.SERVICE_AREA;
	}

}
