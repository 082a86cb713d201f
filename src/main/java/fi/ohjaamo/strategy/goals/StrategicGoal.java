package fi.ohjaamo.strategy.goals;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "strategic_goal")
public class StrategicGoal {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private int sortOrder;

	private @Nullable UUID focusAreaId;

	private String description = "";

	private String successFactors = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "strategic_goal_city_goal", joinColumns = @JoinColumn(name = "goal_id"))
	@Column(name = "city_goal_id")
	private Set<UUID> cityGoalIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected StrategicGoal() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
	}

	public StrategicGoal(UUID organisationId, String name, int sortOrder) {
		this();
		this.organisationId = organisationId;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	/** Renames the goal; projects keep serving it, as they refer to it by id. */
	public void rename(String newName) {
		this.name = newName;
	}

	/** Places the goal under a focus area of a strategy, with what it means and what it takes to reach it. */
	public void place(@Nullable UUID focusAreaId, String description, String successFactors, Set<UUID> cityGoalIds) {
		this.focusAreaId = focusAreaId;
		this.description = description;
		this.successFactors = successFactors;
		this.cityGoalIds.clear();
		this.cityGoalIds.addAll(cityGoalIds);
	}

	/** Stops serving the city-strategy goal; false when it did not serve it. */
	public boolean unlinkCityGoal(UUID cityGoalId) {
		return cityGoalIds.remove(cityGoalId);
	}

	public @Nullable UUID getFocusAreaId() {
		return focusAreaId;
	}

	public String getDescription() {
		return description;
	}

	public String getSuccessFactors() {
		return successFactors;
	}

	public Set<UUID> getCityGoalIds() {
		return Set.copyOf(cityGoalIds);
	}

	public long getVersion() {
		return version;
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

}
