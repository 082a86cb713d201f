package fi.ohjaamo.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private Instant createdAt;

	protected Organisation() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.kind = OrganisationKind.MUNICIPALITY;
		this.createdAt = Instant.now();
	}

	public Organisation(String name, OrganisationKind kind) {
		this();
		this.name = name;
		this.kind = kind;
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

}
