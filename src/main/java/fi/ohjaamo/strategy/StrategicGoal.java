package fi.ohjaamo.strategy;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "strategic_goal")
public class StrategicGoal {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private int sortOrder;

	@Version
	private long version;

	protected StrategicGoal() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
	}

	StrategicGoal(UUID organisationId, String name, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	/** Renames the goal; projects keep serving it, as they refer to it by id. */
	void rename(String newName) {
		this.name = newName;
	}

	public long getVersion() {
		return version;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

}
