package fi.ohjaamo.strategy.swot;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A SWOT analysis of the organisation, optionally made for one of its strategies. */
@Entity
@Table(name = "swot_analysis")
public class SwotAnalysis {

	@Id
	private UUID id;

	private UUID organisationId;

	private @Nullable UUID strategyId;

	private String title;

	private @Nullable LocalDate analysedOn;

	@Version
	private long version;

	protected SwotAnalysis() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.title = "";
	}

	public SwotAnalysis(UUID organisationId, @Nullable UUID strategyId, String title, @Nullable LocalDate analysedOn) {
		this();
		this.organisationId = organisationId;
		this.strategyId = strategyId;
		this.title = title;
		this.analysedOn = analysedOn;
	}

	public void describe(String title, @Nullable LocalDate analysedOn, @Nullable UUID strategyId) {
		this.title = title;
		this.analysedOn = analysedOn;
		this.strategyId = strategyId;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public @Nullable UUID getStrategyId() {
		return strategyId;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable LocalDate getAnalysedOn() {
		return analysedOn;
	}

	public long getVersion() {
		return version;
	}

}
