package fi.ohjaamo.registers;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project of the portfolio that changes a system of the register: replaces, upgrades, integrates or retires it. */
@Entity
@Table(name = "system_project")
public class SystemProject {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID systemId;

	private UUID projectId;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	protected SystemProject() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.systemId = new UUID(0, 0);
		this.projectId = new UUID(0, 0);
		this.relation = Relation.UPGRADES;
	}

	SystemProject(UUID organisationId, UUID systemId, UUID projectId, Relation relation) {
		this();
		this.organisationId = organisationId;
		this.systemId = systemId;
		this.projectId = projectId;
		this.relation = relation;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getSystemId() {
		return systemId;
	}

	public UUID getProjectId() {
		return projectId;
	}

	public Relation getRelation() {
		return relation;
	}

}
