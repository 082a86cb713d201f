package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A unit's application to a call with one of its service area's projects. */
@Entity
@Table(name = "funding_application")
public class FundingApplication {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID callId;

	private UUID projectId;

	private UUID serviceAreaId;

	private BigDecimal amount;

	private String justification;

	private UUID applicantId;

	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "override_choice")
	private @Nullable SelectionOverride override;

	private String overrideReason;

	private @Nullable Boolean granted;

	private @Nullable BigDecimal grantedAmount;

	@Version
	private long version;

	protected FundingApplication() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.callId = this.organisationId;
		this.projectId = this.organisationId;
		this.serviceAreaId = this.organisationId;
		this.applicantId = this.organisationId;
		this.amount = BigDecimal.ZERO;
		this.justification = "";
		this.submittedAt = Instant.EPOCH;
		this.overrideReason = "";
	}

	FundingApplication(FundingCall call, UUID projectId, UUID serviceAreaId, BigDecimal amount, String justification,
			UUID applicantId, Instant submittedAt) {
		this();
		this.organisationId = call.getOrganisationId();
		this.callId = call.getId();
		this.projectId = projectId;
		this.serviceAreaId = serviceAreaId;
		this.amount = amount;
		this.justification = justification;
		this.applicantId = applicantId;
		this.submittedAt = submittedAt;
	}

	void override(@Nullable SelectionOverride choice, String reason) {
		this.override = choice;
		this.overrideReason = choice == null ? "" : reason;
	}

	void decide(boolean granted) {
		this.granted = granted;
		this.grantedAmount = granted ? amount : BigDecimal.ZERO;
	}

	public boolean isDecided() {
		return granted != null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getCallId() {
		return callId;
	}

	public UUID getProjectId() {
		return projectId;
	}

	public UUID getServiceAreaId() {
		return serviceAreaId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getJustification() {
		return justification;
	}

	public UUID getApplicantId() {
		return applicantId;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public @Nullable SelectionOverride getOverride() {
		return override;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public @Nullable Boolean getGranted() {
		return granted;
	}

	public @Nullable BigDecimal getGrantedAmount() {
		return grantedAmount;
	}

	public long getVersion() {
		return version;
	}

}
