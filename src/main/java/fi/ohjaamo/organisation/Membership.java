package fi.ohjaamo.organisation;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One role of a person in one organisation; a service-area editor's role names the service area. */
@Entity
@Table(name = "membership")
public class Membership {

	@Id
	private UUID id;

	private UUID personId;

	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable UUID serviceAreaId;

	protected Membership() {
		this.id = UUID.randomUUID();
		this.personId = new UUID(0, 0);
		this.organisationId = new UUID(0, 0);
		this.role = Role.VIEWER;
	}

	public Membership(UUID personId, UUID organisationId, Role role, @Nullable UUID serviceAreaId) {
		this();
		if ((role == Role.SERVICE_AREA_EDITOR) != (serviceAreaId != null)) {
			throw new IllegalArgumentException("a service-area editor, and only one, names a service area");
		}
		this.personId = personId;
		this.organisationId = organisationId;
		this.role = role;
		this.serviceAreaId = serviceAreaId;
	}

	public UUID getPersonId() {
		return personId;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public Role getRole() {
		return role;
	}

	public @Nullable UUID getServiceAreaId() {
		return serviceAreaId;
	}

}
