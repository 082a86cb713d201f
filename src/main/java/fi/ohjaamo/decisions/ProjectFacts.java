package fi.ohjaamo.decisions;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Facts of a project that the decision rules read but the project card does not hold; kept here so the card's
 * template stays as the action plan has it.
 */
@Entity
@Table(name = "project_facts")
public class ProjectFacts {

	@Id
	private UUID projectId;

	private UUID organisationId;

	private boolean newInformationSystem;

	private boolean personalData;

	private boolean crossSector;

	/** Null until the facts are first stated, so that two people stating them first cannot both win. */
	@Version
	private @Nullable Long version;

	protected ProjectFacts() {
		this.projectId = new UUID(0, 0);
		this.organisationId = new UUID(0, 0);
	}

	ProjectFacts(UUID organisationId, UUID projectId) {
		this.organisationId = organisationId;
		this.projectId = projectId;
	}

	void state(boolean newInformationSystem, boolean personalData, boolean crossSector) {
		this.newInformationSystem = newInformationSystem;
		this.personalData = personalData;
		this.crossSector = crossSector;
	}

	public UUID getProjectId() {
		return projectId;
	}

	public boolean isNewInformationSystem() {
		return newInformationSystem;
	}

	public boolean isPersonalData() {
		return personalData;
	}

	public boolean isCrossSector() {
		return crossSector;
	}

	public @Nullable Long getVersion() {
		return version;
	}

}
