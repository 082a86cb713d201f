package fi.ohjaamo.accessibility;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The statement an organisation wrote in place of the default one. */
@Entity
@Table(name = "accessibility_statement")
class AccessibilityStatement {

	@Id
	private UUID organisationId;

	private String body;

	private Instant updatedAt;

	private UUID updatedBy;

	protected AccessibilityStatement() {
		this.organisationId = new UUID(0, 0);
		this.body = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = new UUID(0, 0);
	}

	AccessibilityStatement(UUID organisationId) {
		this();
		this.organisationId = organisationId;
	}

	void rewrite(String body, UUID by, Instant at) {
		this.body = body;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String getBody() {
		return body;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
