package fi.ohjaamo.strategy.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.strategy.IndicatorCadence;
import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorMeasurement;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.IndicatorTrend;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An indicator (mittari) of a strategic goal or a focus area: what is measured, how often, the targets per year or
 * half-year with the rule each is read by, and the measured values.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

	@Id
	private UUID id;

	private UUID organisationId;

	// Exactly one of these two is set: an indicator measures a goal or a whole focus area.
	private @Nullable UUID goalId;

	private @Nullable UUID focusAreaId;

	private String name;

	private String unitOfMeasure;

	@Enumerated(EnumType.STRING)
	private IndicatorDirection direction;

	private @Nullable BigDecimal baselineValue;

	private @Nullable Integer baselineYear;

	@Enumerated(EnumType.STRING)
	private IndicatorCadence followUp;

	private @Nullable BigDecimal scaleMin;

	private @Nullable BigDecimal scaleMax;

	private String comparedSeries;

	// Both are small and shown wherever the indicator is, so they load with it; a set for the targets, as
	// Hibernate cannot fetch two lists at once.
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
	private Set<IndicatorTarget> targets = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "indicator_measurement", joinColumns = @JoinColumn(name = "indicator_id"))
	private List<IndicatorMeasurement> measurements = new ArrayList<>();

	@Version
	private long version;

	protected Indicator() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.unitOfMeasure = "";
		this.direction = IndicatorDirection.HIGHER_IS_BETTER;
		this.followUp = IndicatorCadence.YEARLY;
		this.comparedSeries = "";
	}

	public Indicator(UUID organisationId, IndicatorDefinition definition) {
		this();
		this.organisationId = organisationId;
		redefine(definition);
	}

	/** Changes what is measured and the targets; the measured values stay. */
	public void redefine(IndicatorDefinition definition) {
		this.goalId = definition.goalId();
		this.focusAreaId = definition.focusAreaId();
		this.name = definition.name();
		this.unitOfMeasure = definition.unit();
		this.direction = definition.direction();
		this.baselineValue = definition.baselineValue();
		this.baselineYear = definition.baselineYear();
		this.followUp = definition.cadence();
		this.scaleMin = definition.scaleMin();
		this.scaleMax = definition.scaleMax();
		this.comparedSeries = definition.comparedSeries();
		// A new set rather than the old one cleared: Hibernate then deletes the old targets by the indicator alone,
		// and never has to find a target row by its columns, some of which may be empty.
		this.targets = new HashSet<>(definition.targets());
	}

	public void measure(IndicatorMeasurement measurement) {
		measurements.add(measurement);
	}

	public IndicatorTrend trend() {
		return IndicatorTrend.of(baselineValue, getTargets(), measurements);
	}

	public IndicatorDefinition definition() {
		return new IndicatorDefinition(goalId, focusAreaId, name, unitOfMeasure, direction, baselineValue, baselineYear,
				getTargets(), followUp, scaleMin, scaleMax, comparedSeries);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public @Nullable UUID getGoalId() {
		return goalId;
	}

	public @Nullable UUID getFocusAreaId() {
		return focusAreaId;
	}

	/** The measured values in the order they were entered. */
	public List<IndicatorMeasurement> getMeasurements() {
		return List.copyOf(measurements);
	}

	public String getName() {
		return name;
	}

	public String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public IndicatorDirection getDirection() {
		return direction;
	}

	public @Nullable BigDecimal getBaselineValue() {
		return baselineValue;
	}

	public @Nullable Integer getBaselineYear() {
		return baselineYear;
	}

	/** By period: a year's own target before its half-years'. */
	public List<IndicatorTarget> getTargets() {
		return targets.stream()
			.sorted(Comparator.comparingInt(IndicatorTarget::year).thenComparingInt(IndicatorTarget::half))
			.toList();
	}

	public IndicatorCadence getFollowUp() {
		return followUp;
	}

	public @Nullable BigDecimal getScaleMin() {
		return scaleMin;
	}

	public @Nullable BigDecimal getScaleMax() {
		return scaleMax;
	}

	public String getComparedSeries() {
		return comparedSeries;
	}

	public long getVersion() {
		return version;
	}

}
