package fi.ohjaamo.steering;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

/** A body of the organisation that approves projects; its members are people of the organisation. */
@Entity
@Table(name = "steering_body")
public class SteeringBody {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	@Enumerated(EnumType.STRING)
	private BodyKind kind = BodyKind.OTHER;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "steering_body_member", joinColumns = @JoinColumn(name = "body_id"))
	@OrderColumn(name = "line_no")
	@Column(name = "person_id")
	private List<UUID> memberIds = new ArrayList<>();

	private @Nullable UUID chairId;

	private @Nullable UUID preparerId;

	private boolean active;

	@Version
	private long version;

	protected SteeringBody() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
	}

	SteeringBody(UUID organisationId, BodyDefinition definition) {
		this();
		this.organisationId = organisationId;
		redefine(definition);
	}

	void redefine(BodyDefinition definition) {
		this.name = definition.name();
		this.kind = definition.kind();
		this.memberIds.clear();
		this.memberIds.addAll(definition.memberIds());
		this.chairId = definition.chairId();
		this.preparerId = definition.preparerId();
		this.active = definition.active();
	}

	public BodyDefinition definition() {
		return new BodyDefinition(name, kind, List.copyOf(memberIds), chairId, preparerId, active);
	}

	/** Members decide; the chair and the preparer are members too. */
	public boolean hasMember(UUID personId) {
		return memberIds.contains(personId);
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

	public BodyKind getKind() {
		return kind;
	}

	public List<UUID> getMemberIds() {
		return List.copyOf(memberIds);
	}

	public @Nullable UUID getChairId() {
		return chairId;
	}

	public @Nullable UUID getPreparerId() {
		return preparerId;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}

}
