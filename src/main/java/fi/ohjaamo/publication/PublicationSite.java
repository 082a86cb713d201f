package fi.ohjaamo.publication;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where an organisation's published portfolio lives: a stable, readable slug in its public address. */
@Entity
@Table(name = "publication_site")
class PublicationSite {

	@Id
	private UUID organisationId;

	private String slug;

	private Instant createdAt;

	protected PublicationSite() {
		this.organisationId = new UUID(0, 0);
		this.slug = "";
		this.createdAt = Instant.EPOCH;
	}

	PublicationSite(UUID organisationId, String slug, Instant createdAt) {
		this.organisationId = organisationId;
		this.slug = slug;
		this.createdAt = createdAt;
	}

	UUID getOrganisationId() {
		return organisationId;
	}

	String getSlug() {
		return slug;
	}

}
