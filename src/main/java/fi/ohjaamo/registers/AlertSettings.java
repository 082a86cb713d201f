package fi.ohjaamo.registers;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How far ahead one organisation's home page warns, when it has chosen its own limits. */
@Entity
@Table(name = "register_alert_settings")
class AlertSettings {

	@Id
	private UUID organisationId;

	private int supportMonths;

	private int noticeDays;

	@Version
	private long version;

	protected AlertSettings() {
		this.organisationId = new UUID(0, 0);
	}

	AlertSettings(UUID organisationId, AlertLimits limits) {
		this.organisationId = organisationId;
		change(limits);
	}

	void change(AlertLimits limits) {
		this.supportMonths = limits.supportMonths();
		this.noticeDays = limits.noticeDays();
	}

	AlertLimits limits() {
		return new AlertLimits(supportMonths, noticeDays, version);
	}

	UUID getOrganisationId() {
		return organisationId;
	}

}
