package fi.ohjaamo.strategy.strategies;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A focus area (painopistealue) of a strategy, under which its strategic goals are grouped. */
@Entity
@Table(name = "focus_area")
public class FocusArea {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID strategyId;

	private String name;

	private String description;

	private int sortOrder;

	@Version
	private long version;

	protected FocusArea() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.strategyId = new UUID(0, 0);
		this.name = "";
		this.description = "";
	}

	public FocusArea(UUID organisationId, UUID strategyId, String name, String description, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.strategyId = strategyId;
		this.name = name;
		this.description = description;
		this.sortOrder = sortOrder;
	}

	public void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

	public void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getStrategyId() {
		return strategyId;
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
