package fi.ohjaamo.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A named what-if of the portfolio: it starts from the current plan and records changes to it, at most one per
 * project. Only a draft changes; an adopted or discarded scenario is kept as it was.
 */
@Entity
@Table(name = "scenario")
public class Scenario {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private String description;

	private UUID ownerId;

	private String ownerName;

	private Instant createdAt;

	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	private ScenarioStatus status;

	private @Nullable Instant decidedAt;

	private @Nullable String decidedBy;

	// Tens of changes at most, shown wherever the scenario is.
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "scenario_change", joinColumns = @JoinColumn(name = "scenario_id"))
	@OrderColumn(name = "line_no")
	private List<ScenarioChange> changes = new ArrayList<>();

	@Version
	private long version;

	protected Scenario() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.description = "";
		this.ownerId = new UUID(0, 0);
		this.ownerName = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
		this.status = ScenarioStatus.DRAFT;
	}

	Scenario(UUID organisationId, String name, String description, UUID ownerId, String ownerName, Instant now) {
		this();
		this.organisationId = organisationId;
		this.name = name;
		this.description = description;
		this.ownerId = ownerId;
		this.ownerName = ownerName;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String newName, String newDescription, Instant now) {
		requireDraft();
		this.name = newName;
		this.description = newDescription;
		this.updatedAt = now;
	}

	/** Records the change, replacing an earlier change of the same project. */
	void record(ScenarioChange change, Instant now) {
		requireDraft();
		changes.removeIf(c -> c.projectId().equals(change.projectId()));
		changes.add(change);
		this.updatedAt = now;
	}

	void undo(UUID projectId, Instant now) {
		requireDraft();
		changes.removeIf(c -> c.projectId().equals(projectId));
		this.updatedAt = now;
	}

	void adopt(String by, Instant now) {
		requireDraft();
		this.status = ScenarioStatus.ADOPTED;
		this.decidedAt = now;
		this.decidedBy = by;
		this.updatedAt = now;
	}

	void discard(String by, Instant now) {
		requireDraft();
		this.status = ScenarioStatus.DISCARDED;
		this.decidedAt = now;
		this.decidedBy = by;
		this.updatedAt = now;
	}

	private void requireDraft() {
		if (status != ScenarioStatus.DRAFT) {
			throw new ScenarioClosedException();
		}
	}

	public boolean isDraft() {
		return status == ScenarioStatus.DRAFT;
	}

	public Optional<ScenarioChange> changeOf(UUID projectId) {
		return changes.stream().filter(c -> c.projectId().equals(projectId)).findFirst();
	}

	public List<ScenarioChange> getChanges() {
		return List.copyOf(changes);
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

	public UUID getOwnerId() {
		return ownerId;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public ScenarioStatus getStatus() {
		return status;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable String getDecidedBy() {
		return decidedBy;
	}

	public long getVersion() {
		return version;
	}

}
