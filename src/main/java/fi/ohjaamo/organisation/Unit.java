package fi.ohjaamo.organisation;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "org_unit")
public class Unit {

	@Id
	private UUID id;

	private UUID organisationId;

	private @Nullable UUID parentId;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private int sortOrder;

	protected Unit() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.kind = UnitKind.UNIT;
	}

	private Unit(UUID organisationId, @Nullable UUID parentId, String name, UnitKind kind, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.parentId = parentId;
		this.name = name;
		this.kind = kind;
		this.sortOrder = sortOrder;
	}

	public static Unit serviceArea(UUID organisationId, String name, int sortOrder) {
		return new Unit(organisationId, null, name, UnitKind.SERVICE_AREA, sortOrder);
	}

	public Unit unit(String name, int sortOrder) {
		return new Unit(organisationId, id, name, UnitKind.UNIT, sortOrder);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public @Nullable UUID getParentId() {
		return parentId;
	}

	public String getName() {
		return name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public boolean isServiceArea() {
		return kind == UnitKind.SERVICE_AREA;
	}

}
