package fi.ohjaamo.strategy.actions;

import java.util.UUID;

import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionResponsibleKind;
import fi.ohjaamo.strategy.ActionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An action (toimenpide) under a strategic goal, with the party responsible for it and where it stands. */
@Entity
@Table(name = "strategy_action")
public class Action {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID goalId;

	private String description;

	@Enumerated(EnumType.STRING)
	private ActionResponsibleKind responsibleKind;

	private @Nullable UUID responsibleUnitId;

	private @Nullable UUID responsiblePersonId;

	private String responsibleRole;

	private String due;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private String progressNote;

	private @Nullable UUID swotItemId;

	private int sortOrder;

	@Version
	private long version;

	protected Action() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.goalId = new UUID(0, 0);
		this.description = "";
		this.responsibleKind = ActionResponsibleKind.ROLE;
		this.responsibleRole = "";
		this.due = "";
		this.status = ActionStatus.NOT_STARTED;
		this.progressNote = "";
	}

	public Action(UUID organisationId, UUID goalId, int sortOrder, @Nullable UUID swotItemId) {
		this();
		this.organisationId = organisationId;
		this.goalId = goalId;
		this.sortOrder = sortOrder;
		this.swotItemId = swotItemId;
	}

	public void describe(String description, ActionResponsible responsible, String due, ActionStatus status,
			String progressNote) {
		this.description = description;
		this.responsibleKind = responsible.kind();
		this.responsibleUnitId = responsible.unitId();
		this.responsiblePersonId = responsible.personId();
		this.responsibleRole = responsible.role();
		this.due = due;
		this.status = status;
		this.progressNote = progressNote;
	}

	public void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	/** Forgets the SWOT item the action was made from, when the item is deleted; the action stays. */
	public void forgetSwotItem() {
		this.swotItemId = null;
	}

	public void changeStatus(ActionStatus status) {
		this.status = status;
	}

	public ActionResponsible responsible() {
		return new ActionResponsible(responsibleKind, responsibleUnitId, responsiblePersonId, responsibleRole);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getGoalId() {
		return goalId;
	}

	public String getDescription() {
		return description;
	}

	public String getDue() {
		return due;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public String getProgressNote() {
		return progressNote;
	}

	public @Nullable UUID getSwotItemId() {
		return swotItemId;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public long getVersion() {
		return version;
	}

}
