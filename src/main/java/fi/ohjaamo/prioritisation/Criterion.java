package fi.ohjaamo.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A prioritisation criterion of an organisation, such as strategic fit or a legal obligation. A retired
 * criterion no longer counts in the ranking, but the scores given on it stay in the projects' history.
 */
@Entity
@Table(name = "criterion")
public class Criterion {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private String description;

	private int weight;

	private int scaleStart;

	private int scaleEnd;

	private boolean active;

	private int sortOrder;

	// A handful of lines, shown wherever the criterion is.
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "criterion_level", joinColumns = @JoinColumn(name = "criterion_id"))
	@OrderColumn(name = "line_no")
	@Column(name = "meaning")
	private List<String> levels = new ArrayList<>();

	@Version
	private long version;

	protected Criterion() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.description = "";
	}

	Criterion(UUID organisationId, CriterionDefinition definition, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.sortOrder = sortOrder;
		redefine(definition);
	}

	void redefine(CriterionDefinition definition) {
		this.name = definition.name();
		this.description = definition.description();
		this.weight = definition.weight();
		this.scaleStart = definition.scaleStart();
		this.scaleEnd = definition.scaleEnd();
		this.active = definition.active();
		this.levels.clear();
		this.levels.addAll(definition.levels());
	}

	void reweight(int weight) {
		this.weight = weight;
	}

	public CriterionDefinition definition() {
		return new CriterionDefinition(name, description, weight, scaleStart, levels, active);
	}

	/** The scale's levels from the lowest up. */
	public List<ScaleLevel> scale() {
		return IntStream.range(0, levels.size()).mapToObj(i -> new ScaleLevel(scaleStart + i, levels.get(i))).toList();
	}

	public boolean hasLevel(int value) {
		return value >= scaleStart && value <= scaleEnd;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getWeight() {
		return weight;
	}

	public int getScaleStart() {
		return scaleStart;
	}

	public int getScaleEnd() {
		return scaleEnd;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}

}
