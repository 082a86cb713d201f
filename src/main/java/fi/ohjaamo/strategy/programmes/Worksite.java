package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionResponsibleKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A worksite (työmaa) of a spearhead theme: where the programme becomes concrete, with a party answering for it
 * (named the same way as an action's) and the projects that sit on it.
 */
@Entity
@Table(name = "worksite")
public class Worksite {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID themeId;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private ActionResponsibleKind responsibleKind;

	private @Nullable UUID responsibleUnitId;

	private @Nullable UUID responsiblePersonId;

	private String responsibleRole;

	private int sortOrder;

	@Version
	private long version;

	protected Worksite() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.themeId = new UUID(0, 0);
		this.name = "";
		this.description = "";
		this.responsibleKind = ActionResponsibleKind.ROLE;
		this.responsibleRole = "";
	}

	public Worksite(UUID organisationId, UUID themeId, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.themeId = themeId;
		this.sortOrder = sortOrder;
	}

	public void describe(String name, String description, ActionResponsible responsible) {
		this.name = name;
		this.description = description;
		this.responsibleKind = responsible.kind();
		this.responsibleUnitId = responsible.unitId();
		this.responsiblePersonId = responsible.personId();
		this.responsibleRole = responsible.role();
	}

	public void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public ActionResponsible responsible() {
		return new ActionResponsible(responsibleKind, responsibleUnitId, responsiblePersonId, responsibleRole);
	}

	public UUID getId() {
		return id;
	}

	public UUID getThemeId() {
		return themeId;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public long getVersion() {
		return version;
	}

}
