package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A spearhead theme (kärkiteema) of a programme, under which its worksites are grouped. */
@Entity
@Table(name = "spearhead_theme")
public class SpearheadTheme {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID programmeId;

	private String name;

	private String description;

	private int sortOrder;

	@Version
	private long version;

	protected SpearheadTheme() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.programmeId = new UUID(0, 0);
		this.name = "";
		this.description = "";
	}

	public SpearheadTheme(UUID organisationId, UUID programmeId, String name, String description, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.programmeId = programmeId;
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

	public UUID getProgrammeId() {
		return programmeId;
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
