package fi.ohjaamo.strategy.goals;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A goal of the city's own strategy, which the IT strategy's goals serve. */
@Entity
@Table(name = "city_goal")
public class CityGoal {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private String description;

	private int sortOrder;

	@Version
	private long version;

	protected CityGoal() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.description = "";
	}

	public CityGoal(UUID organisationId, String name, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.name = name;
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

	public String getDescription() {
		return description;
	}

	public long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public int getSortOrder() {
		return sortOrder;
	}

}
