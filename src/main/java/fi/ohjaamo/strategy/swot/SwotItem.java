package fi.ohjaamo.strategy.swot;

import java.util.UUID;

import fi.ohjaamo.strategy.SwotQuadrant;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One item of a SWOT analysis and the response to it: how we exploit, fix or prepare for it. */
@Entity
@Table(name = "swot_item")
public class SwotItem {

	@Id
	private UUID id;

	private UUID analysisId;

	@Enumerated(EnumType.STRING)
	private SwotQuadrant quadrant;

	private String description;

	private String response;

	private int sortOrder;

	@Version
	private long version;

	protected SwotItem() {
		this.id = UUID.randomUUID();
		this.analysisId = new UUID(0, 0);
		this.quadrant = SwotQuadrant.STRENGTH;
		this.description = "";
		this.response = "";
	}

	public SwotItem(UUID analysisId, SwotQuadrant quadrant, int sortOrder) {
		this();
		this.analysisId = analysisId;
		this.quadrant = quadrant;
		this.sortOrder = sortOrder;
	}

	public void describe(String description, String response) {
		this.description = description;
		this.response = response;
	}

	public void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public UUID getId() {
		return id;
	}

	public UUID getAnalysisId() {
		return analysisId;
	}

	public SwotQuadrant getQuadrant() {
		return quadrant;
	}

	public String getDescription() {
		return description;
	}

	public String getResponse() {
		return response;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public long getVersion() {
		return version;
	}

}
